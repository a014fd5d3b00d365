// The poller restarts itself a second after an error, and each start stores a new interval
// over the running one without clearing it: every failure adds an interval that runs forever.
class Poller {
  constructor(source) {
    this.source = source;
  }

  start() {
    this.timer = setInterval(() => this.source.read(), 5000); // expect: uncleared-interval
    this.source.once('error', () => setTimeout(() => this.start(), 1000));
  }

  stop() {
    clearInterval(this.timer);
  }
}

module.exports = Poller;
