// A connection logs every message still unsent when it closes by adding a reaction to its
// `closed` promise on each send. The promise settles only when the connection closes, so a
// long-lived connection keeps every message it ever sent.
export class Connection {
  readonly closed: Promise<void>;
  private markClosed!: () => void;

  constructor(private socket: { write(data: string): Promise<void> }) {
    this.closed = new Promise((resolve) => { this.markClosed = resolve; });
    this.closed.then(() => console.log('connection closed'));
  }

  async send(message: string): Promise<void> {
    this.closed.then(() => console.warn('unsent:', message)); // expect: long-lived-promise-race
    await this.socket.write(message);
  }
}
