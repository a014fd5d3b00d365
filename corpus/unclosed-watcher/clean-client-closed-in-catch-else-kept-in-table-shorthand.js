// A subscriber connection per channel: closed in the catch when subscribing fails, and on
// success kept in the hub's table as a shorthand property, where unsubscribe() quits it.
'use strict';

const { createClient } = require('redis');

class ChannelHub {
  constructor(url) {
    this.url = url;
    this.subscriptions = new Map();
    this.seq = 0;
  }

  async subscribe(channel, handler) {
    const subscriber = createClient({ url: this.url });
    try {
      await subscriber.connect();
      await subscriber.subscribe(channel, (message) => handler(JSON.parse(message)));
    } catch (err) {
      await subscriber.disconnect();
      throw err;
    }
    const id = `${channel}#${++this.seq}`;
    this.subscriptions.set(id, { channel, subscriber });
    return id;
  }

  async unsubscribe(id) {
    const entry = this.subscriptions.get(id);
    if (!entry) return;
    this.subscriptions.delete(id);
    await entry.subscriber.quit();
  }
}

module.exports = { ChannelHub };
