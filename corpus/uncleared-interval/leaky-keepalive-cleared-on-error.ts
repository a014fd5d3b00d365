// A line-protocol server sends a keep-alive byte to each client every few seconds, and stops
// only when the socket errors. Most clients leave with a clean close, which fires 'close' and
// no 'error': their interval keeps writing to a dead socket and holds it for ever.
import net from 'node:net';

const server = net.createServer((socket: net.Socket) => {
  const keepAlive = setInterval(() => socket.write('\n'), 5_000); // expect: uncleared-interval
  socket.on('error', (err: Error) => {
    console.warn('client error', err.message);
    clearInterval(keepAlive);
  });
  socket.on('data', (line: Buffer) => socket.write(line));
});

server.listen(7000);
