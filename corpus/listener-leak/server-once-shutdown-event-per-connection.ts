import { createServer, type Server, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

// A chat relay. Each accepted connection waits on the relay's own 'stopping' event to say
// goodbye; that event comes once, at shutdown, so every connection ever accepted stays listed.
export class ChatRelay extends EventEmitter {
  private readonly server: Server;

  constructor() {
    super();
    this.server = createServer((socket) => this.accept(socket)); // expect: listener-leak
  }

  private accept(socket: Socket): void {
    this.once('stopping', () => socket.end('bye\n'));
    socket.on('data', (chunk) => this.emit('line', chunk.toString()));
  }

  stop(): void {
    this.emit('stopping');
    this.server.close();
  }
}
