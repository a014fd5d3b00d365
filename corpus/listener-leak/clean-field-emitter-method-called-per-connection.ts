// The same room in TypeScript, but `join()` takes its listener off when the socket closes.
import { EventEmitter } from 'node:events';
import net from 'node:net';

class ChatRoom {
  private readonly events = new EventEmitter();
  private readonly server: net.Server;

  constructor(port: number) {
    this.server = net.createServer((socket) => this.join(socket));
    this.server.listen(port);
  }

  private join(socket: net.Socket): void {
    const relay = (line: string) => socket.write(line);
    this.events.on('line', relay);
    socket.on('data', (chunk: Buffer) => this.events.emit('line', chunk.toString()));
    socket.on('close', () => this.events.off('line', relay));
  }
}

export const room = new ChatRoom(4000);
