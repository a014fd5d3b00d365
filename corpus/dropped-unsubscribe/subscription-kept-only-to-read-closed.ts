import { Subject } from 'rxjs';
import { WebSocketServer, type WebSocket } from 'ws';

interface Alert {
  level: 'info' | 'warn';
  text: string;
}

const alerts$ = new Subject<Alert>();
export const publishAlert = (alert: Alert) => alerts$.next(alert);

const wss = new WebSocketServer({ port: 8095 });

wss.on('connection', (ws: WebSocket) => {
  const feed = alerts$.subscribe((alert) => ws.send(JSON.stringify(alert))); // expect: dropped-unsubscribe
  ws.send(JSON.stringify({ hello: true, live: !feed.closed }));
  ws.on('close', () => console.log('alerts client left'));
});
