// Topic fan-out for the whole process: listen() hands back the remover.
class Hub {
  constructor() {
    this.topics = new Map();
  }

  listen(topic, fn) {
    let members = this.topics.get(topic);
    if (!members) {
      members = new Set();
      this.topics.set(topic, members);
    }
    members.add(fn);
    return () => {
      members.delete(fn);
      if (members.size === 0) this.topics.delete(topic);
    };
  }

  publish(topic, message) {
    for (const fn of this.topics.get(topic) ?? []) fn(message);
  }
}

module.exports = new Hub();
