// A client leaves a channel when it asks to, and every channel when its socket closes.
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { channels } from './channels';

export function attach(wss: WebSocketServer): void {
  wss.on('connection', (ws) => {
    const clientId = randomUUID();
    const push = (event: unknown) => ws.send(JSON.stringify(event));
    ws.on('message', (raw) => {
      const { op, channel } = JSON.parse(String(raw)) as { op: string; channel: string };
      if (op === 'watch') channels.watch(channel, clientId, push);
      else if (op === 'unwatch') channels.unwatch(channel, clientId);
    });
    ws.on('close', () => channels.forget(clientId));
  });
}
