'use strict';

const { randomUUID } = require('node:crypto');

class ReplyClient {
  #pending = new Map();

  constructor(channel) {
    this.channel = channel;
    channel.setReplyHandler(({ id, body }) => {
      const waiter = this.#pending.get(id);
      if (!waiter) return;
      this.#pending.delete(id);
      waiter.resolve(body);
    });
  }

  ask(question, timeoutMs = 5000) {
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`no reply to ${question}`));
      }, timeoutMs);
      this.#pending.set(id, { resolve });
      this.channel.send({ id, question });
    });
  }
}

module.exports = { ReplyClient };
