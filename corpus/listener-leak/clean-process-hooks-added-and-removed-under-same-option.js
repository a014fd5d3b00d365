// The broker hooks the process's signals only when its options ask for it, and takes the hooks
// off in `stop()` under the same option, which it never changes.
class Broker {
  constructor(options = {}) {
    this.options = { handleSignals: true, ...options };
    this.onSignal = () => this.stop().then(() => process.exit(0));
    if (this.options.handleSignals) {
      process.on('SIGINT', this.onSignal);
      process.on('SIGTERM', this.onSignal);
    }
  }

  async stop() {
    await this.flush();
    if (this.options.handleSignals) {
      process.removeListener('SIGINT', this.onSignal);
      process.removeListener('SIGTERM', this.onSignal);
    }
  }

  async flush() {}
}

module.exports = { Broker };
