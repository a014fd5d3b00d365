// The same writer keeps the deferred flush's handle and clears it when it flushes inline.
class Writer {
  constructor(socket, limit = 64) {
    this.socket = socket;
    this.limit = limit;
    this.buffer = [];
    this.pendingFlush = null;
  }

  write(chunk) {
    const wasEmpty = this.buffer.length === 0;
    this.buffer.push(chunk);
    if (wasEmpty) {
      this.pendingFlush = setTimeout(() => {
        this.flush();
      });
    } else if (this.buffer.length >= this.limit) {
      clearTimeout(this.pendingFlush);
      this.pendingFlush = null;
      this.flush();
    }
  }

  flush() {
    for (const chunk of this.buffer) this.socket.write(chunk);
    this.buffer = [];
  }
}

module.exports = { Writer };
