// A job board over ws: every 'follow' starts a loop whose stop is pushed into the
// connection's list, which nothing ever walks.
import { WebSocketServer, WebSocket } from 'ws';
import { jobStatus } from './jobs';

const wss = new WebSocketServer({ port: 8090 });

function followJob(ws: WebSocket, jobId: string): () => void {
  let handle: NodeJS.Timeout | undefined;
  let following = true;
  const check = async (): Promise<void> => {
    ws.send(JSON.stringify(await jobStatus(jobId)));
    if (following) handle = setTimeout(check, 3000);
  };
  void check();
  return () => {
    following = false;
    if (handle) clearTimeout(handle);
  };
}

wss.on('connection', (ws: WebSocket) => {
  const stops: Array<() => void> = [];
  ws.on('message', (raw) => {
    const { jobId } = JSON.parse(String(raw));
    const stop = followJob(ws, jobId); // expect: uncleared-timeout
    stops.push(stop);
  });
});
