// The same wait in TypeScript, with an `export function`: a 'failed' render ends the wait
// without forgetting the socket.
import { WebSocketServer, WebSocket } from 'ws';

type Render = { id: string; state: 'rendered' | 'failed' | 'progress' };

const viewers = new Map<string, WebSocket>(); // expect: unbounded-collection
const wss = new WebSocketServer({ port: 4412 });

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const { id } = JSON.parse(String(raw)) as { id: string };
    viewers.set(id, ws);
  });
});

export function onRender(render: Render): void {
  const ws = viewers.get(render.id);
  if (!ws) return;
  switch (render.state) {
    case 'progress':
      ws.send('…');
      break;
    case 'rendered':
      viewers.delete(render.id);
      ws.send('done');
      break;
    case 'failed':
      ws.send('failed');
      break;
  }
}
