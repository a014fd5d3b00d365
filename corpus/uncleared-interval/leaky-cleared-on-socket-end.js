// The heartbeat stops when the device ends the connection cleanly, but a reset or an error
// closes the socket without 'end', and the interval (with the socket) lives on.
const net = require('node:net');

net.createServer((socket) => {
  const heartbeat = setInterval(() => socket.write('PING\n'), 15_000); // expect: uncleared-interval
  socket.on('data', (chunk) => socket.write(chunk));
  socket.on('end', () => clearInterval(heartbeat));
  socket.on('error', () => socket.destroy());
}).listen(7070);
