'use strict';
// Each chunk ties its cancellation to the caller's signal and unties it when done, but both
// calls make a new bound function: the untie removes nothing.
const { whenAborted, stopWatching } = require('./signals');

class ChunkUploader {
  constructor(signal) {
    this.signal = signal;
    this.current = null;
  }

  cancelCurrent() {
    if (this.current) this.current.abort();
  }

  async upload(chunks) {
    for (const chunk of chunks) {
      this.current = new AbortController();
      whenAborted(this.signal, this.cancelCurrent.bind(this));
      try {
        await fetch(chunk.url, { method: 'PUT', body: chunk.data, signal: this.current.signal });
      } finally {
        stopWatching(this.signal, this.cancelCurrent.bind(this)); // expect: listener-removal-mismatch
      }
    }
  }
}

module.exports = { ChunkUploader };
