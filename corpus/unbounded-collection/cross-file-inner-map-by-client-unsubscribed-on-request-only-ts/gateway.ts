// A client leaves a channel only when it asks to; one that just disconnects keeps its push
// function (and its socket) in every channel it watched.
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { channels } from './channels';

export function attach(wss: WebSocketServer): void {
  wss.on('connection', (ws) => {
    const clientId = randomUUID();
    const push = (event: unknown) => ws.send(JSON.stringify(event));
    ws.on('message', (raw) => {
      const { op, channel } = JSON.parse(String(raw)) as { op: string; channel: string };
      if (op === 'watch') channels.watch(channel, clientId, push); // expect: unbounded-collection
      else if (op === 'unwatch') channels.unwatch(channel, clientId);
    });
  });
}
