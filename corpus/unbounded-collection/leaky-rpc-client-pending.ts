// An RPC client keeps a pending entry per call, keyed by a counter, and never deletes it when
// the reply comes in: every call ever made stays in `this.pending` for the client's life.
import { EventEmitter } from 'node:events';

export class RpcClient extends EventEmitter {
  private nextId = 0;
  private pending: Record<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }> = {}; // expect: unbounded-collection

  call(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending[id] = { resolve, reject };
      this.emit('send', { id, method, params });
    });
  }

  onReply(message: { id: number; result: unknown }): void {
    this.pending[message.id]?.resolve(message.result);
  }
}
