// The process's one hub, that parks each waiting reply under its channel until something is
// published there; only a publish takes a channel's waiters out.
class Hub {
  constructor() {
    this.waiters = new Map();
  }

  wait(channel, reply) {
    const list = this.waiters.get(channel) || [];
    list.push({ reply, since: Date.now() });
    this.waiters.set(channel, list);
  }

  publish(channel, event) {
    const list = this.waiters.get(channel);
    if (!list) return;
    this.waiters.delete(channel);
    for (const waiter of list) waiter.reply.send({ events: [event] });
  }
}

module.exports = { hub: new Hub() };
