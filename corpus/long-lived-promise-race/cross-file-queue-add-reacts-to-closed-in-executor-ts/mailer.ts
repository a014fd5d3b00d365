// One outgoing-mail queue for the process. Each send's promise also fails when the queue
// closes: the executor adds a reaction to `closed` per send, kept until the queue ends.
export class MailQueue {
  private readonly closed: Promise<void>;
  private close!: () => void;

  constructor() {
    this.closed = new Promise((resolve) => { this.close = resolve; });
  }

  send(to: string, body: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.closed.then(() => reject(new Error('mail queue closed')));
      setImmediate(() => { console.log(`mail to ${to}: ${body.length} bytes`); resolve(); });
    });
  }

  shutdown(): void {
    this.close();
  }
}

export const mailQueue = new MailQueue();
