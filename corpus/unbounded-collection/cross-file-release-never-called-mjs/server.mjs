// Every command is begun and never finished: nothing in the project calls `finish()`, so the
// set keeps every job, and the socket it holds, for good.
import { WebSocketServer } from 'ws';
import { randomUUID } from 'node:crypto';
import { begin, status } from './jobs.mjs';

const wss = new WebSocketServer({ port: 9000 });

wss.on('connection', (socket) => {
  socket.on('message', async (raw) => {
    const { kind } = JSON.parse(raw.toString());
    if (kind === 'status') return socket.send(JSON.stringify(status()));
    const job = begin({ id: randomUUID(), kind, socket, startedAt: Date.now() }); // expect: unbounded-collection
    socket.send(JSON.stringify({ id: job.id, accepted: true }));
  });
});
