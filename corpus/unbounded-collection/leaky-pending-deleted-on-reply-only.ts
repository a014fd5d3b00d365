// An RPC client removes a pending call when its reply arrives, but its timeout only rejects:
// every call that times out leaves its entry (and the promise's functions) in `this.pending`
// for the client's whole life.
import { EventEmitter } from 'node:events';

export class RpcClient extends EventEmitter {
  private seq = 0;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>(); // expect: unbounded-collection

  call(method: string, params: unknown, timeoutMs = 5000): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      setTimeout(() => reject(new Error(`${method} timed out`)), timeoutMs);
      this.emit('send', { id, method, params });
    });
  }

  onReply(message: { id: number; result: unknown }): void {
    const entry = this.pending.get(message.id);
    this.pending.delete(message.id);
    entry?.resolve(message.result);
  }
}
