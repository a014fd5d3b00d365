// One tally for the server's life, bumped per message with the sender's id: one key per
// client that ever sent anything, for good.
import { WebSocketServer } from 'ws';
import { createTally } from './tally';

export const senders = createTally('senders');

const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws, req) => {
  const id = String(req.headers['x-client-id'] ?? '');
  ws.on('message', () => senders.bump(id)); // expect: unbounded-collection
});
