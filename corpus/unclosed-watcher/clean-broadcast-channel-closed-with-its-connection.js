// Forwards cache invalidations from the worker threads to each connected socket, closing the
// channel a socket opens when the socket closes.
const { BroadcastChannel } = require('worker_threads');
const net = require('net');

net.createServer((socket) => {
  const invalidations = new BroadcastChannel('cache-invalidate');
  invalidations.onmessage = (event) => socket.write(`${event.data}\n`);
  socket.on('close', () => invalidations.close());
}).listen(7071);
