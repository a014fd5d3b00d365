// A queue consumer races every receive against the connection's `closed` promise. Each turn of
// the loop adds a reaction to `closed`, which settles only when the connection ends: every
// message ever received stays reachable until then.
class Consumer {
  constructor(connection) {
    this.connection = connection;
    this.closed = new Promise((resolve) => connection.once('close', resolve));
  }

  async run(handle) {
    for (;;) {
      const message = await Promise.race([this.closed, this.connection.receive()]); // expect: long-lived-promise-race
      if (!message) return;
      await handle(message);
    }
  }
}

module.exports = { Consumer };
