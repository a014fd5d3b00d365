// The same client without a timeout, whose #failAll rejects what is waiting when the
// connection closes but forgets to delete it: every call in flight at a disconnect stays.
import net from 'node:net';

export class StockClient {
  #socket;
  #seq = 0;
  #waiting = new Map(); // expect: unbounded-collection

  constructor(port) {
    this.#socket = net.createConnection({ port });
    this.#socket.setEncoding('utf8');
    this.#socket.on('data', (line) => this.#onLine(line));
    this.#socket.on('close', () => this.#failAll(new Error('stock connection closed')));
  }

  level(sku) {
    const id = ++this.#seq;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#socket.write(`${JSON.stringify({ id, sku })}\n`);
    });
  }

  #settle(id) {
    const entry = this.#waiting.get(id);
    if (entry) this.#waiting.delete(id);
    return entry;
  }

  #onLine(line) {
    const reply = JSON.parse(line);
    this.#settle(reply.id)?.resolve(reply.level);
  }

  #failAll(err) {
    for (const entry of this.#waiting.values()) entry.reject(err);
  }
}

export const stock = new StockClient(7000);
