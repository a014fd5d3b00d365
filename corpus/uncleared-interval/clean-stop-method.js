// start() keeps the handle on the instance and stop() clears the same property.
class Heartbeat {
  constructor(socket, every = 30000) {
    this.socket = socket;
    this.every = every;
    this.timer = null;
  }

  start() {
    if (this.timer) return;
    this.timer = setInterval(() => this.socket.ping(), this.every);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
  }
}

module.exports = Heartbeat;
