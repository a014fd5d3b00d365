// The client's 'disconnect' listener calls every waiting callback with an error and deletes
// it, so nothing outlives the connection.
import { EventEmitter } from 'events';

type Callback = (error: Error | null, value?: unknown) => void;

export class AckClient {
  private nextId = 0;
  private readonly callbacks: Record<number, Callback> = {};

  constructor(private readonly socket: EventEmitter & { send(data: string): void }) {
    socket.on('message', (raw: string) => this.onMessage(raw));
    this.socket.on('disconnect', () => {
      for (const id of Object.keys(this.callbacks)) {
        this.callbacks[Number(id)](new Error('disconnected'));
        delete this.callbacks[Number(id)];
      }
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
