// Helpers whose only way to stop the interval is what they hand back: a stop function, or an
// object with a stop method. The connection handler drops both, so every connection leaves
// two intervals (and the socket they write to) running for good.
import net from 'node:net';

function startHeartbeat(socket: net.Socket, everyMs = 10_000): () => void {
  const timer = setInterval(() => socket.write('PING\r\n'), everyMs);
  return () => clearInterval(timer);
}

function startStats(socket: net.Socket): { stop(): void } {
  const timer = setInterval(() => socket.write(`STATS ${process.memoryUsage().rss}\r\n`), 60_000);
  return {
    stop() {
      clearInterval(timer);
    },
  };
}

net.createServer((socket) => {
  startHeartbeat(socket); // expect: uncleared-interval
  startStats(socket); // expect: uncleared-interval
}).listen(6000);
