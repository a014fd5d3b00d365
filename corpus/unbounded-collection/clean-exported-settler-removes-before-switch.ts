// The exported settler takes the socket out of the map before it looks at the verdict, so every
// verdict, passed or not, ends the wait and forgets the socket.
import { WebSocketServer, WebSocket } from 'ws';

type ScanResult = { uploadId: string; verdict: 'passed' | 'rejected' | 'failed' };

const waiting = new Map<string, WebSocket>();
const server = new WebSocketServer({ port: 4411 });

server.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const { uploadId } = JSON.parse(String(raw)) as { uploadId: string };
    waiting.set(uploadId, socket);
  });
});

export function settleScan(result: ScanResult): void {
  const socket = waiting.get(result.uploadId);
  if (!socket) return;
  waiting.delete(result.uploadId);
  switch (result.verdict) {
    case 'passed':
      socket.send(JSON.stringify({ ok: true }));
      break;
    case 'rejected':
      socket.send(JSON.stringify({ ok: false, reason: 'rejected' }));
      break;
    case 'failed':
      socket.send(JSON.stringify({ ok: false, reason: 'failed' }));
      break;
  }
}
