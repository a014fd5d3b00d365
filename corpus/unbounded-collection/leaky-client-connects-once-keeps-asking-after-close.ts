// The same client without the check: after its one connection closes, every call still adds
// a waiting reply that nothing will ever answer.
import net from 'node:net';

export class LedgerLink {
  private readonly socket: net.Socket;
  private readonly waiting = new Map<number, (line: string) => void>(); // expect: unbounded-collection
  private seq = 0;

  constructor(host: string, port: number) {
    this.socket = net.connect({ host, port });
    this.socket.on('data', (chunk) => {
      const [id, line] = String(chunk).split(' ', 2);
      this.waiting.get(Number(id))?.(line);
      this.waiting.delete(Number(id));
    });
    this.socket.once('close', () => console.warn('ledger link closed'));
  }

  ask(question: string): Promise<string> {
    const id = ++this.seq;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.write(`${id} ${question}\n`);
    });
  }
}
