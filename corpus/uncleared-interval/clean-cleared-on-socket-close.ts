// 'close' follows every end of a socket, clean or not: the heartbeat always stops. A redis
// client's 'end' is its very last event, so stopping there is right too.
import net from 'node:net';
import Redis from 'ioredis';

net.createServer((socket) => {
  const heartbeat = setInterval(() => socket.write('PING\n'), 15_000);
  socket.on('end', () => socket.end());
  socket.on('close', () => clearInterval(heartbeat));
}).listen(7070);

export function watchQueueDepth(url: string) {
  const client = new Redis(url);
  const sampler = setInterval(async () => console.log(await client.llen('jobs')), 5_000);
  client.on('end', () => clearInterval(sampler));
  return client;
}
