// A trail filled per call through a helper that trims it: the helper drops the oldest record
// once the cap is reached, so the list stays bounded.
interface Call {
  command: string;
  at: number;
}

export class MeteredClient {
  private readonly recent: Call[] = [];

  constructor(private readonly write: (command: string) => Promise<void>, private readonly cap = 100) {}

  private remember(call: Call): void {
    this.recent.push(call);
    if (this.recent.length > this.cap) {
      this.recent.shift();
    }
  }

  async send(command: string): Promise<void> {
    this.remember({ command, at: Date.now() });
    await this.write(command);
  }
}
