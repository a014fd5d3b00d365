// The same helpers, whose stop the connection keeps and calls when the socket closes.
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
  const stopHeartbeat = startHeartbeat(socket);
  const stats = startStats(socket);
  socket.on('close', () => {
    stopHeartbeat();
    stats.stop();
  });
}).listen(6000);
