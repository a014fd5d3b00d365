import type { WebSocket } from 'ws';

const probes = new Map<WebSocket, NodeJS.Timeout>();

export function watchLiveness(socket: WebSocket): void {
  let answered = true;
  socket.on('pong', () => {
    answered = true;
  });
  probes.set(socket, setInterval(() => {
    if (!answered) return socket.terminate();
    answered = false;
    socket.ping();
  }, 15_000));
}

export function unwatchLiveness(socket: WebSocket): void {
  clearInterval(probes.get(socket));
  probes.delete(socket);
}
