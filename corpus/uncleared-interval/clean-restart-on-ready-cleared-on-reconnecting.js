// The dump timer starts whenever the daemon connection is ready, and is cleared whenever the
// connection is lost: 'reconnecting' always comes between two 'ready's, so one timer runs.
const { EventEmitter } = require('events');

class Agent {
  static init(link) {
    this.link = link;
    this.dumpTimer = null;
    link.on('ready', () => this.startDumps());
    link.on('reconnecting', () => {
      if (this.dumpTimer) clearInterval(this.dumpTimer);
    });
  }

  static startDumps() {
    this.dumpTimer = setInterval(() => this.link.emit('dump'), 5 * 60 * 1000);
  }
}

Agent.init(new EventEmitter());
module.exports = Agent;
