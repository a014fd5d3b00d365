// The last board state is kept so that every new viewer gets it at once.
import { WebSocketServer } from 'ws';
import { board } from './board';

let snapshot: string | undefined;
board.on('update', (state: object) => {
  snapshot = JSON.stringify(state);
});

const wss = new WebSocketServer({ port: 8130 });
wss.on('connection', (socket) => {
  if (snapshot !== undefined) socket.send(snapshot);
});
