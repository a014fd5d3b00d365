// The twin: the end promise is raced once, against the whole consume loop, not per message.
'use strict';
const { connect } = require('nats');

class ResizeWorker {
  constructor(servers, resize) {
    this.servers = servers;
    this.resize = resize;
  }

  async run() {
    const nc = await connect({ servers: this.servers, name: 'resize-worker' });
    const closed = nc.closed();
    const sub = nc.subscribe('images.resize', { queue: 'resizers' });
    const consume = (async () => {
      for await (const msg of sub) {
        await this.resize(msg);
      }
    })();
    await Promise.race([consume, closed]);
  }
}

module.exports = { ResizeWorker };
