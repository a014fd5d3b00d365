// The same service, in JavaScript: the listener is added once, and only the subscription is
// renewed when the connection is ready again.
const Redis = require('ioredis');

class Invalidations {
  constructor(drop) {
    this.drop = drop;
    this.sub = new Redis(process.env.REDIS_URL || 'redis://localhost', { lazyConnect: true });
  }

  async start() {
    this.sub.on('message', (_channel, key) => this.drop(key));
    this.sub.on('ready', () => {
      this.sub.subscribe('cache:invalidate');
    });
    await this.sub.connect();
  }

  async stop() {
    this.sub.removeAllListeners('message');
    await this.sub.quit();
  }
}

module.exports = { Invalidations };
