// Each start makes its three clients and listens on the ones it just made; `stop()` quits them,
// and the next start makes new ones. No client ever gets a second set of listeners.
const Redis = require('ioredis');

const shared = { clients: {} };

class RedisInitializer {
  async initialize(config) {
    for (const name of ['client', 'subscriber', 'tasks']) {
      shared.clients[name] = new Redis(config[name]);
      shared.clients[name].on('error', (err) => console.error(`redis ${name}`, err));
      shared.clients[name].on('reconnecting', () => console.info(`redis ${name} reconnecting`));
    }
  }

  async stop() {
    for (const client of Object.values(shared.clients)) await client.quit();
  }
}

module.exports = { RedisInitializer, shared };
