// A TCP proxy in front of the cache cluster. Each client is piped into a connection opened to
// the cache, and the cache's replies back. A client that is destroyed (the idle timeout below,
// or a reset) never ends cleanly, so `pipe` never ends the cache connection either.
const net = require('net');

const CACHE = { host: process.env.CACHE_HOST || '127.0.0.1', port: 11211 };

const server = net.createServer((client) => {
  const upstream = net.connect(CACHE);
  client.setTimeout(60_000, () => client.destroy());
  client.pipe(upstream); // expect: unended-stream
  upstream.pipe(client);
  upstream.on('error', () => client.destroy());
  client.on('error', (err) => console.debug('client error', err.message));
});

server.listen(11311);
