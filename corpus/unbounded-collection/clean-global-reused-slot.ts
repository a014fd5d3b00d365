// A connection registry kept on globalThis across reloads (`??=`): every entry leaves when its
// socket closes, and a second slot counts requests under fixed names only.
import { createServer, type Socket } from 'node:net';

declare global {
  // eslint-disable-next-line no-var
  var openSockets: Map<string, Socket> | undefined;
  // eslint-disable-next-line no-var
  var counters: Record<string, number> | undefined;
}

globalThis.openSockets ??= new Map<string, Socket>();
globalThis.counters = globalThis.counters || {};

const server = createServer((socket) => {
  const id = `${socket.remoteAddress}:${socket.remotePort}`;
  globalThis.openSockets!.set(id, socket);
  globalThis.counters!.accepted = (globalThis.counters!.accepted ?? 0) + 1;
  socket.on('close', () => globalThis.openSockets!.delete(id));
});

server.listen(7000);
