// A line-protocol client whose private methods settle every waiting call: the reply, the
// timeout and the connection's 'close' all go through #settle or #failAll, which delete.
import net from 'node:net';

export class StockClient {
  #socket: net.Socket;
  #seq = 0;
  #waiting = new Map<number, { resolve: (n: number) => void; reject: (e: Error) => void; timer?: NodeJS.Timeout }>();

  constructor(port: number) {
    this.#socket = net.createConnection({ port });
    this.#socket.setEncoding('utf8');
    this.#socket.on('data', (line) => this.#onLine(line));
    this.#socket.on('close', () => this.#failAll(new Error('stock connection closed')));
  }

  level(sku: string): Promise<number> {
    const id = ++this.#seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#settle(id);
        reject(new Error(`level of ${sku} timed out`));
      }, 5000);
      this.#waiting.set(id, { resolve, reject, timer });
      this.#socket.write(`${JSON.stringify({ id, sku })}\n`);
    });
  }

  #settle(id: number) {
    const entry = this.#waiting.get(id);
    if (entry) {
      clearTimeout(entry.timer);
      this.#waiting.delete(id);
    }
    return entry;
  }

  #onLine(line: string): void {
    const reply = JSON.parse(line);
    this.#settle(reply.id)?.resolve(reply.level);
  }

  #failAll(err: Error): void {
    for (const entry of this.#waiting.values()) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
    this.#waiting.clear();
  }
}

export const stock = new StockClient(7000);
