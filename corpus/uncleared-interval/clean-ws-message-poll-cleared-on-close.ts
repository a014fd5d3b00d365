// The same follow, whose poll is also cleared when the client closes: nothing runs on after
// the client has gone.
import { WebSocketServer, WebSocket } from 'ws';

const FINAL = new Set(['passed', 'failed', 'cancelled']);
const wss = new WebSocketServer({ port: 8090 });

async function buildStatus(id: string): Promise<{ state: string }> {
  return { state: id ? 'running' : 'passed' };
}

wss.on('connection', (ws: WebSocket) => {
  ws.on('message', (raw) => {
    const { follow } = JSON.parse(String(raw)) as { follow: string };
    const timer = setInterval(async () => {
      const status = await buildStatus(follow);
      ws.send(JSON.stringify(status));
      if (FINAL.has(status.state)) clearInterval(timer);
    }, 1000);
    ws.once("close", () => clearInterval(timer));
  });
});
