// The process's one hub, that parks each waiting reply under its channel until something is
// published there, and takes a reply out when its connection closes first.
class Hub {
  constructor() {
    this.waiters = new Map();
  }

  wait(channel, reply) {
    const list = this.waiters.get(channel) || [];
    const waiter = { reply, since: Date.now() };
    list.push(waiter);
    this.waiters.set(channel, list);
    reply.raw.on('close', () => {
      const left = (this.waiters.get(channel) || []).filter((w) => w !== waiter);
      if (left.length) this.waiters.set(channel, left);
      else this.waiters.delete(channel);
    });
  }

  publish(channel, event) {
    const list = this.waiters.get(channel);
    if (!list) return;
    this.waiters.delete(channel);
    for (const waiter of list) waiter.reply.send({ events: [event] });
  }
}

module.exports = { hub: new Hub() };
