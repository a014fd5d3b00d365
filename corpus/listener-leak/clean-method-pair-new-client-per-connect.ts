// A bridge whose `connect()` makes a new client every time and registers on it, and whose
// `disconnect()` only ends that client. The listeners go with the client they were added to:
// the next `connect()` registers on a new one. A naive matcher sees `this.client.on(...)` in
// `connect()` and no removal in its counterpart.
import { EventEmitter } from 'events';

declare function connectAsync(url: string): Promise<EventEmitter & { endAsync(): Promise<void> }>;

export class Bridge extends EventEmitter {
  private client?: EventEmitter & { endAsync(): Promise<void> };

  async connect(url: string): Promise<void> {
    this.client = await connectAsync(url);
    this.client.on('error', (error: Error) => this.emit('error', error));
    this.client.on('message', (topic: string, payload: Buffer) => this.emit('message', topic, payload));
  }

  async disconnect(): Promise<void> {
    await this.client?.endAsync();
  }
}
