// Every command is finished once its reply is sent, whatever happened.
import { WebSocketServer } from 'ws';
import { randomUUID } from 'node:crypto';
import { begin, finish, status } from './jobs.mjs';

const wss = new WebSocketServer({ port: 9000 });

wss.on('connection', (socket) => {
  socket.on('message', async (raw) => {
    const { kind } = JSON.parse(raw.toString());
    if (kind === 'status') return socket.send(JSON.stringify(status()));
    const job = begin({ id: randomUUID(), kind, socket, startedAt: Date.now() });
    try {
      socket.send(JSON.stringify({ id: job.id, accepted: true }));
    } finally {
      finish(job);
    }
  });
});
