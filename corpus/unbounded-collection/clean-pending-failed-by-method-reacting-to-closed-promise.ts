import { connect, Socket } from 'node:net';

interface Waiter { resolve(value: unknown): void; reject(error: Error): void }

export class LineClient {
  private nextId = 0;
  private readonly waiting = new Map<number, Waiter>();
  private readonly socket: Socket;
  readonly closed: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port);
    this.closed = new Promise<void>((resolve) => {
      this.socket.once('close', () => resolve());
    });
    this.closed.then(() => this.abandonAll());
    this.socket.on('data', (chunk) => this.receive(String(chunk)));
  }

  private receive(line: string) {
    const { id, value } = JSON.parse(line);
    const entry = this.waiting.get(id);
    if (!entry) return;
    this.waiting.delete(id);
    entry.resolve(value);
  }

  private abandonAll() {
    for (const entry of this.waiting.values()) entry.reject(new Error('connection closed'));
    this.waiting.clear();
  }

  ask(question: string): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.write(`${JSON.stringify({ id, question })}\n`);
    });
  }
}

export const client = new LineClient(7070);
