// A deferral alone is gone at the next tick: nothing else runs the same work inline.
class Emitter {
  constructor() { this.queue = []; }
  push(item) {
    if (this.queue.length === 0) {
      setTimeout(() => this.drain());
    }
    this.queue.push(item);
  }
  drain() { this.queue.splice(0).forEach((item) => console.log(item)); }
}
module.exports = { Emitter };
