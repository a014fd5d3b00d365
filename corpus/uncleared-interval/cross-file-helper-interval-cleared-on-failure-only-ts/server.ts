import { WebSocketServer } from 'ws';
import { watchProgress } from './watch';

export function serve(port: number, progressOf: (id: string) => Promise<number>): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (ws, req) => {
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('job') ?? '';
    watchProgress(ws, () => progressOf(id)); // expect: uncleared-interval
  });
  return wss;
}
