// Forwards cache invalidations from the worker threads to each connected socket; the channel a
// socket opens is never closed, so it stays in the process-wide group after the socket is gone.
const { BroadcastChannel } = require('worker_threads');
const net = require('net');

net.createServer((socket) => {
  const invalidations = new BroadcastChannel('cache-invalidate'); // expect: unclosed-watcher
  invalidations.onmessage = (event) => socket.write(`${event.data}\n`);
}).listen(7071);
