// Races that do not pile up: both arms made per call (a timeout and the work), a race run once
// at start-up against the connection's end, and a reaction on `closed` added once.
const { setTimeout: sleep } = require('node:timers/promises');

class Consumer {
  constructor(connection) {
    this.connection = connection;
    this.closed = new Promise((resolve) => connection.once('close', resolve));
    this.closed.then(() => this.connection.removeAllListeners());
  }

  async receiveWithin(ms) {
    const controller = new AbortController();
    try {
      return await Promise.race([this.connection.receive(), sleep(ms, null, { signal: controller.signal })]);
    } finally {
      controller.abort();
    }
  }
}

async function main(connection) {
  const consumer = new Consumer(connection);
  await Promise.race([consumer.closed, connection.ready()]);
}

module.exports = { Consumer, main };
