// A client that matches replies to requests by id: the reply removes the waiter, but a
// request whose write fails settles with the error (`.then(undefined, (err) => reject(err))`)
// and leaves it in `waiting`.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';

type Waiter = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class LineRpcClient {
  private readonly waiting = new Map<string, Waiter>(); // expect: unbounded-collection

  constructor(private readonly stream: Duplex, private readonly write: (line: string) => Promise<void>) {
    stream.on('data', (chunk: Buffer) => {
      const { id, result } = JSON.parse(chunk.toString());
      const waiter = this.waiting.get(id);
      if (waiter) {
        this.waiting.delete(id);
        waiter.resolve(result);
      }
    });
  }

  call(method: string, params: unknown): Promise<unknown> {
    const id = randomUUID();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.write(JSON.stringify({ id, method, params })).then(undefined, (err: Error) => reject(err));
    });
  }
}
