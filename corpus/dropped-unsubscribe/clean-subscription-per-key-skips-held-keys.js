// The same relay skips a symbol it already watches, so each key holds one subscription, and the
// close ends them all.
import { Subject, filter } from 'rxjs';
import { WebSocketServer } from 'ws';

export const ticks$ = new Subject();
const wss = new WebSocketServer({ port: 8091 });

wss.on('connection', (ws) => {
  const watching = new Map();
  ws.on('message', (raw) => {
    const { symbols } = JSON.parse(String(raw));
    for (const symbol of symbols) {
      if (watching.has(symbol)) continue;
      const sub = ticks$.pipe(filter((t) => t.symbol === symbol)).subscribe((t) => ws.send(JSON.stringify(t)));
      watching.set(symbol, sub);
    }
  });
  ws.on('close', () => {
    for (const sub of watching.values()) sub.unsubscribe();
  });
});
