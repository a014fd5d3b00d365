// stop() clears `this.timer`, but start() stored the handle in `this.pollTimer`.
class Poller {
  constructor(source) {
    this.source = source;
    this.timer = null;
  }

  start() {
    this.pollTimer = setInterval(() => this.source.fetch(), 1000); // expect: uncleared-interval
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }
}

module.exports = Poller;
