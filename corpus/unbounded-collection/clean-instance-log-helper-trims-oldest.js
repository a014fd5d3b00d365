// JavaScript twin: the helper that keeps a record per call also cuts the list back.
class MeteredClient {
  constructor(write, cap = 100) {
    this.write = write;
    this.cap = cap;
    this.recent = [];
  }

  remember(call) {
    this.recent.push(call);
    if (this.recent.length > this.cap) this.recent.splice(0, this.recent.length - this.cap);
  }

  send(command) {
    this.remember({ command, at: Date.now() });
    return this.write(command);
  }
}

module.exports = MeteredClient;
