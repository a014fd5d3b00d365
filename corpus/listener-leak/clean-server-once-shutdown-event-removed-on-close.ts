import { createServer, type Server, type Socket } from 'node:net';
import { EventEmitter } from 'node:events';

// A chat relay. Each accepted connection waits on the relay's own 'stopping' event to say
// goodbye, and takes that listener off again when the socket closes first.
export class ChatRelay extends EventEmitter {
  private readonly server: Server;

  constructor() {
    super();
    this.server = createServer((socket) => this.accept(socket));
  }

  private accept(socket: Socket): void {
    const bye = () => socket.end('bye\n');
    this.once('stopping', bye);
    socket.once('close', () => this.off('stopping', bye));
    socket.on('data', (chunk) => this.emit('line', chunk.toString()));
  }

  stop(): void {
    this.emit('stopping');
    this.server.close();
  }
}
