// Every connection registers itself in a static Set and never leaves it.
import net from 'node:net';

class Connection {
  static open = new Set<Connection>(); // expect: unbounded-collection

  constructor(readonly socket: net.Socket) {
    Connection.open.add(this);
  }
}

net.createServer((socket) => {
  new Connection(socket);
}).listen(8086);
