// Each 'watch' message subscribes to the module's tick stream for every symbol it names and keeps
// the subscription under the symbol. A client that asks for a symbol twice replaces the first
// subscription in the table without ending it; the close ends only what the table holds.
import { Subject, filter } from 'rxjs';
import { WebSocketServer } from 'ws';

const ticks$ = new Subject<{ symbol: string; price: number }>();
const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws) => {
  const watching = new Map<string, { unsubscribe(): void }>();
  ws.on('message', (raw) => {
    const { symbols } = JSON.parse(String(raw)) as { symbols: string[] };
    for (const symbol of symbols) {
      if (watching.size >= 50) break;
      const sub = ticks$.pipe(filter((t) => t.symbol === symbol)).subscribe((t) => ws.send(JSON.stringify(t))); // expect: dropped-unsubscribe
      watching.set(symbol, sub);
    }
  });
  ws.on('close', () => {
    for (const sub of watching.values()) sub.unsubscribe();
  });
});

export { ticks$ };
