// An exported checker starts its interval once per instance (the guard), and nothing in the
// class ever clears it: every checker an uploader makes keeps polling, and stays alive.
class ConnectionChecker {
  constructor(onChange) {
    this.onChange = onChange;
    this.interval = null;
    this.online = true;
  }

  start() {
    if (this.interval) return;
    this.interval = setInterval(() => this.check(), 3000); // expect: uncleared-interval
  }

  check() {
    fetch('/ping').then(
      () => this.update(true),
      () => this.update(false),
    );
  }

  update(online) {
    if (online !== this.online) this.onChange(online);
    this.online = online;
  }
}

module.exports = { ConnectionChecker };
