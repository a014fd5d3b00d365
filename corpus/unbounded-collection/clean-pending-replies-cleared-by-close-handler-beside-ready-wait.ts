import { Socket, connect } from 'node:net';

interface Waiter {
  resolve: (body: string) => void;
  reject: (err: Error) => void;
}

export class LineRpc {
  private readonly socket: Socket;
  private readonly waiting = new Map<number, Waiter>();
  private next = 0;
  readonly ready: Promise<void>;

  constructor(port: number) {
    this.socket = connect(port);
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('close', () => reject(new Error('closed before connect')));
    });
    this.socket.on('data', (chunk) => this.onReply(String(chunk)));
    this.socket.on('close', () => this.failAll());
  }

  call(line: string): Promise<string> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.socket.write(`${id} ${line}\n`);
    });
  }

  private onReply(raw: string): void {
    const [id, body] = raw.trim().split(' ', 2);
    const waiter = this.waiting.get(Number(id));
    if (!waiter) return;
    this.waiting.delete(Number(id));
    waiter.resolve(body);
  }

  private failAll(): void {
    for (const waiter of this.waiting.values()) waiter.reject(new Error('connection closed'));
    this.waiting.clear();
  }
}
