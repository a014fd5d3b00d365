// A ticker whose stop() pauses it first, so stopping clears the interval.
class Ticker {
  constructor(socket) {
    this.socket = socket;
    this.timer = null;
    this.stopped = false;
  }

  start() {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.socket.send(String(Date.now())), 1000);
  }

  pause() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  stop() {
    this.pause();
    this.stopped = true;
  }
}

module.exports = { Ticker };
