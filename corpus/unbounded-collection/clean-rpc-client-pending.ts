// The same client done right: the entry is deleted when the reply arrives and when the call
// times out, so `this.pending` holds only calls still in flight.
import { EventEmitter } from 'node:events';

export class RpcClient extends EventEmitter {
  private nextId = 0;
  private pending = new Map<number, (v: unknown) => void>();

  call(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('timeout'));
      }, 5000);
      this.pending.set(id, (value) => {
        clearTimeout(timer);
        resolve(value);
      });
      this.emit('send', { id, method, params });
    });
  }

  onReply(message: { id: number; result: unknown }): void {
    const settle = this.pending.get(message.id);
    this.pending.delete(message.id);
    settle?.(message.result);
  }
}
