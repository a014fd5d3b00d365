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
    const relay = (text: string): void => {
      socket.write(`${text}\n`);
    };
    announcements.on('line', relay);
    socket.on('close', () => {
      this.clients -= 1;
      announcements.off('line', relay);
    });
  }
}
