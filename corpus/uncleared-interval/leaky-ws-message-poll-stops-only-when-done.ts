// A ws client asks to follow a build; the poll ends only when the build does, so a client
// that closes first leaves the poll (and its socket) running until the build ends.
import { WebSocketServer, WebSocket } from 'ws';

const FINAL = new Set(['passed', 'failed', 'cancelled']);
const wss = new WebSocketServer({ port: 8090 });

async function buildStatus(id: string): Promise<{ state: string }> {
  return { state: id ? 'running' : 'passed' };
}

wss.on('connection', (ws: WebSocket) => {
  ws.on('message', (raw) => {
    const { follow } = JSON.parse(String(raw)) as { follow: string };
    const timer = setInterval(async () => { // expect: uncleared-interval
      const status = await buildStatus(follow);
      ws.send(JSON.stringify(status));
      if (FINAL.has(status.state)) clearInterval(timer);
    }, 1000);
  });
});
