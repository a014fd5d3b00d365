// Every connection collects its feeds in a Subscription that nothing ever ends: the feeds of
// closed connections go on pushing into dead sockets, and keep them.
import { WebSocketServer } from 'ws';
import { Subscription, interval, map } from 'rxjs';

const wss = new WebSocketServer({ port: 8099 });

wss.on('connection', (ws) => {
  const feeds = new Subscription();
  feeds.add(interval(1000).pipe(map((n) => ({ tick: n }))).subscribe((t) => ws.send(JSON.stringify(t)))); // expect: dropped-unsubscribe
  ws.on('close', () => console.debug('client left'));
});
