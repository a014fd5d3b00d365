// The hooks are added when `handleSignals` is set but removed only when `verbose` is: a broker
// made with signals and without verbose logging leaves both on `process` when it stops.
interface BrokerOptions {
  handleSignals?: boolean;
  verbose?: boolean;
}

export class Broker {
  private readonly options: Required<BrokerOptions>;
  private readonly onSignal = () => void this.stop().then(() => process.exit(0));

  constructor(options: BrokerOptions = {}) {
    this.options = { handleSignals: true, verbose: false, ...options };
    if (this.options.handleSignals) {
      process.on('SIGINT', this.onSignal); // expect: listener-leak
    }
  }

  async stop(): Promise<void> {
    if (this.options.verbose) {
      console.log('broker stopping');
      process.removeListener('SIGINT', this.onSignal);
    }
  }
}
