import { WebSocketServer, WebSocket } from 'ws';
import { BalanceRefresher } from './refresher';

interface Client extends WebSocket { id: string }

const refresher = new BalanceRefresher(async (id) => { await fetch(`http://ledger/refresh/${id}`); }, console.error);
const wss = new WebSocketServer({ port: 8081 });
let next = 0;

wss.on('connection', (socket: Client) => {
  socket.id = `c${next++}`;
  refresher.watch(socket.id, 30);
  socket.on('close', () => refresher.unwatch(socket.id));
});
