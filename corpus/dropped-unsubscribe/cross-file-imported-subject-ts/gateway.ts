// Every connection subscribes through `watchFlags` and can never unsubscribe; the
// subscription `followFlags` returns is ended when the socket closes.
import { WebSocketServer } from 'ws';
import { followFlags, watchFlags } from './flags';

const wss = new WebSocketServer({ port: 7070 });

wss.on('connection', (ws) => {
  watchFlags((flags) => ws.send(JSON.stringify({ type: 'flags', flags }))); // expect: dropped-unsubscribe
  const subscription = followFlags((flags) => ws.send(JSON.stringify(flags)));
  ws.on('close', () => subscription.unsubscribe());
});
