// The same client, with a local `fail` that removes the waiter before it rejects: the failure
// handler is a function of the operation that cleans up, not the bare settle function.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';

type Waiter = { resolve: (value: unknown) => void };

export class LineRpcClient {
  private readonly waiting = new Map<string, Waiter>();

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
      const fail = (err: Error) => {
        this.waiting.delete(id);
        reject(err);
      };
      this.waiting.set(id, { resolve });
      this.write(JSON.stringify({ id, method, params })).catch(fail);
    });
  }
}
