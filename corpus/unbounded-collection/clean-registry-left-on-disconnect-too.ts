// Who is typing in which channel: removed on 'typing:stop' and, for whatever the client was
// still typing in, when it disconnects.
import { Server, type Socket } from 'socket.io';

class TypingRegistry {
  private readonly typing = new Map<string, { socket: Socket; since: number }>();

  start(channel: string, socket: Socket): void {
    this.typing.set(`${channel}:${socket.id}`, { socket, since: Date.now() });
  }

  stop(channel: string, socketId: string): void {
    this.typing.delete(`${channel}:${socketId}`);
  }

  channelsOf(socketId: string): string[] {
    return [...this.typing.keys()].filter((key) => key.endsWith(`:${socketId}`)).map((key) => key.split(':')[0]);
  }
}

const registry = new TypingRegistry();
const io = new Server(3010);

io.on('connection', (socket) => {
  socket.on('typing:start', (channel: string) => registry.start(channel, socket));
  socket.on('typing:stop', (channel: string) => registry.stop(channel, socket.id));
  socket.on('disconnect', () => {
    for (const channel of registry.channelsOf(socket.id)) registry.stop(channel, socket.id);
  });
});
