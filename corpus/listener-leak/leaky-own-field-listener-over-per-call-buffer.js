'use strict';

const { EventEmitter } = require('node:events');

class LogTap {
  constructor() {
    this.feed = new EventEmitter();
  }

  capture(label) {
    const lines = [];
    this.feed.on('line', (line) => { // expect: listener-leak
      if (line.startsWith(label)) lines.push(line);
    });
    return () => lines.slice();
  }

  write(line) {
    this.feed.emit('line', line);
  }
}

module.exports = { LogTap, tap: new LogTap() };
