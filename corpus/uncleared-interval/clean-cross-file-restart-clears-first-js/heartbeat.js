// The same heartbeat, but `start()` clears the running interval before it starts another.
class Heartbeat {
  constructor(beat, everyMs = 10000) {
    this.beat = beat;
    this.everyMs = everyMs;
    this.timer = undefined;
  }

  start() {
    clearInterval(this.timer);
    this.timer = setInterval(this.beat, this.everyMs);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

module.exports = { Heartbeat };
