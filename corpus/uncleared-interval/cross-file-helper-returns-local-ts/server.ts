// Each connection starts a keep-alive and drops its handle: closed sockets keep being written.
import net from 'node:net';
import { keepAlive } from './keepalive';

net.createServer((socket) => {
  keepAlive(socket); // expect: uncleared-interval
  socket.on('data', (chunk) => socket.write(chunk));
}).listen(7000);
