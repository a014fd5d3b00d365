// A live feed for one dashboard: its constructor listens on the bus it is handed, and
// `stop()` removes that listener, for whoever remembers to call it.
class LiveFeed {
  constructor(bus, socket) {
    this.bus = bus;
    this.socket = socket;
    this.relay = (metric) => this.socket.send(JSON.stringify(metric));
    this.bus.on('metric', this.relay);
  }

  stop() {
    this.bus.off('metric', this.relay);
  }
}

module.exports = { LiveFeed };
