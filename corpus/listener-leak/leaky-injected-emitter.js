// Plain JavaScript: the emitter comes from outside, so every Tracker stays attached to it.
class Tracker {
  constructor(emitter, label) {
    this.label = label;
    this.seen = [];
    emitter.on('event', (e) => this.seen.push(e)); // expect: listener-leak
  }
}

module.exports = Tracker;
