// The chat server takes each session's listener off its bus when the socket closes, so a
// closed session leaves nothing behind; its `wire()` set-up, which only the constructor runs,
// listens once per server.
import { EventEmitter } from 'events';
import type { Socket } from 'net';

export class ChatServer {
  private readonly bus = new EventEmitter();

  constructor(private readonly log: (line: string) => void) {
    this.wire(log);
  }

  private wire(log: (line: string) => void): void {
    this.bus.on('broadcast', (line: string) => log(line));
  }

  join(name: string, socket: Socket): void {
    const onBroadcast = (line: string) => socket.write(`${name}: ${line}\n`);
    this.bus.on('broadcast', onBroadcast);
    socket.on('data', (data) => this.bus.emit('broadcast', String(data)));
    socket.on('close', () => this.bus.off('broadcast', onBroadcast));
  }
}
