'use strict';

const { EventEmitter } = require('events');

class TranscodeTask extends EventEmitter {
  constructor(input, profile) {
    super();
    this.input = input;
    this.profile = profile;
    this.aborted = false;
    this.onInterrupt = () => { this.aborted = true; };
  }

  begin() {
    process.on('SIGINT', this.onInterrupt);
    this.encode().then(
      (output) => {
        this.finish();
        this.emit('encoded', output);
      },
      (error) => {
        this.finish();
        this.emit('broken', error);
      },
    );
  }

  finish() {
    process.off('SIGINT', this.onInterrupt);
  }

  async encode() {
    if (this.aborted) throw new Error('aborted');
    return `${this.input}.${this.profile}.mp4`;
  }
}

module.exports = { TranscodeTask };
