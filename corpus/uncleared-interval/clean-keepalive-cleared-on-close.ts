// The same server clears the keep-alive when the socket closes, which follows an error too:
// every way a client leaves stops its interval.
import net from 'node:net';

const server = net.createServer((socket: net.Socket) => {
  const keepAlive = setInterval(() => socket.write('\n'), 5_000);
  socket.on('error', (err: Error) => console.warn('client error', err.message));
  socket.on('close', () => clearInterval(keepAlive));
  socket.on('data', (line: Buffer) => socket.write(line));
});

server.listen(7000);
