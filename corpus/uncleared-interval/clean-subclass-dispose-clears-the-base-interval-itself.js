// A poller base class and a subclass whose dispose() replaces the base's but clears the same
// interval itself before closing its own connection.
class Poller {
  constructor(ms) {
    this.timer = setInterval(() => this.poll(), ms);
  }

  poll() {}

  dispose() {
    clearInterval(this.timer);
  }
}

class QueueDepthPoller extends Poller {
  constructor(client, ms) {
    super(ms);
    this.client = client;
  }

  poll() {
    this.client.send('DEPTH');
  }

  dispose() {
    clearInterval(this.timer);
    this.client.close();
  }
}

module.exports = { QueueDepthPoller };
