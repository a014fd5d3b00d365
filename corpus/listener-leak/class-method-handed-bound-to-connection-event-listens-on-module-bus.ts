import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';

const announcements = new EventEmitter();

export function announce(text: string): void {
  announcements.emit('line', text);
}

export class ChatServer {
  private clients = 0;
  readonly server: Server;

  constructor() {
    this.server = createServer(this.onConnection.bind(this));
  }

  private onConnection(socket: Socket): void {
    this.clients += 1;
    announcements.on('line', (text: string) => socket.write(`${text}\n`)); // expect: listener-leak
    socket.on('close', () => {
      this.clients -= 1;
    });
  }
}
