// Health per upstream, refreshed by an interval: the key is a field of an element of a constant
// list that nothing grows, so the map holds one entry per upstream at most.
const net = require('net');

const UPSTREAMS = [
  { name: 'ledger-a', host: '10.0.4.11', port: 7400 },
  { name: 'ledger-b', host: '10.0.4.12', port: 7400 },
];
const health = new Map();

function probe(upstream) {
  const socket = net.connect({ host: upstream.host, port: upstream.port });
  socket.setTimeout(2000, () => socket.destroy());
  socket.on('error', () => health.set(upstream.name, 'down'));
  socket.on('connect', () => {
    health.set(upstream.name, 'up');
    socket.end();
  });
}

setInterval(() => UPSTREAMS.forEach(probe), 10000).unref();

module.exports = { health };
