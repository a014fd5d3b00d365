// A client redials in a loop, and each dial makes a new transport before reacting to its
// `closed()`: one reaction per transport, gone with it.
interface Transport {
  closed(): Promise<void>;
}

export class Redialer {
  private transport?: Transport;

  constructor(private connect: () => Transport) {}

  dialAll(times: number): void {
    for (let i = 0; i < times; i++) {
      this.dial();
    }
  }

  private dial(): void {
    this.transport = this.connect();
    this.transport.closed().then(() => this.dialAll(1));
  }
}
