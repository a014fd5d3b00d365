import net from 'node:net';
import { startHeartbeat } from './heartbeat.js';

const peers = new Map();

export const server = net.createServer((socket) => {
  const peer = {
    id: `${socket.remoteAddress}:${socket.remotePort}`,
    ping: (done) => socket.write('PING\n', done),
  };
  peers.set(peer.id, peer);
  const beat = startHeartbeat(peer, 10_000, {
    onError: () => {
      beat.stop();
      socket.destroy();
    },
  });
  socket.on('close', () => {
    beat.stop();
    peers.delete(peer.id);
  });
});
