// A server closes each accepted socket when the server itself closes, by adding a 'close'
// listener to itself per connection: with a long-running server every socket ever accepted
// stays referenced from the server's listener list.
import { EventEmitter } from 'node:events';
import type { Server as NetServer, Socket } from 'node:net';

export class TunnelServer extends EventEmitter {
  constructor(private readonly net: NetServer) {
    super();
    net.on('connection', (socket: Socket) => this.accept(socket)); // expect: listener-leak
  }

  accept(socket: Socket): void {
    this.once('close', () => socket.destroy()); // expect: listener-leak
    socket.pipe(socket);
  }
}
