// A socket client that keeps a callback per request and calls it when the answer comes. Its
// 'disconnect' listener only logs: callbacks waiting at a disconnect are never called nor
// removed, and each keeps its caller's closure in the client for good.
import { EventEmitter } from 'events';

type Callback = (error: Error | null, value?: unknown) => void;

export class AckClient {
  private nextId = 0;
  private readonly callbacks: Record<number, Callback> = {}; // expect: unbounded-collection

  constructor(private readonly socket: EventEmitter & { send(data: string): void }) {
    socket.on('message', (raw: string) => this.onMessage(raw));
    this.socket.on('disconnect', (reason: string) => {
      console.warn('disconnected', reason);
    });
  }

  call(name: string, callback: Callback): void {
    const id = this.nextId++;
    this.callbacks[id] = callback;
    this.socket.send(JSON.stringify({ id, name }));
  }

  private onMessage(raw: string): void {
    const { id, value } = JSON.parse(raw);
    const callback = this.callbacks[id];
    if (callback) {
      delete this.callbacks[id];
      callback(null, value);
    }
  }
}
