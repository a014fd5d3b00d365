'use strict';

const { EventEmitter } = require('node:events');

class LogTap {
  constructor() {
    this.feed = new EventEmitter();
  }

  capture(label) {
    const lines = [];
    const onLine = (line) => {
      if (line.startsWith(label)) lines.push(line);
    };
    this.feed.on('line', onLine);
    return () => {
      this.feed.off('line', onLine);
      return lines.slice();
    };
  }

  write(line) {
    this.feed.emit('line', line);
  }
}

module.exports = { LogTap, tap: new LogTap() };
