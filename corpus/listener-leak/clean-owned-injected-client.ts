// The wrapper is handed a client for itself and quits it in close(); a socket handed to a
// constructor is the connection the instance exists for.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

interface RawClient extends EventEmitter {
  quit(): Promise<void>;
}

export class ClientWrapper extends EventEmitter {
  private ready = false;

  constructor(private readonly raw: RawClient) {
    super();
    raw.on('ready', () => (this.ready = true));
    raw.on('error', (err: Error) => this.emit('error', err));
  }

  async close(): Promise<void> {
    await this.raw.quit();
  }
}

export class Framer {
  private chunks: Buffer[] = [];

  constructor(private readonly serverSocket: Socket) {
    this.serverSocket.on('data', (data: Buffer) => this.chunks.push(data));
  }
}
