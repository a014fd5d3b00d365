// Each hold is given back when the client leaves, through the map's own way out.
import { WebSocketServer } from 'ws';
import seats from './seats.js';

const wss = new WebSocketServer({ port: 8085 });

wss.on('connection', (ws) => {
  const mine = new Set();
  ws.on('message', (raw) => {
    const { seat, userId } = JSON.parse(String(raw));
    seats.hold(seat, userId);
    mine.add(seat);
  });
  ws.on('close', () => {
    for (const seat of mine) seats.release(seat);
  });
});
