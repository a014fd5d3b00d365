// Each client watches a job; the update handler forgets the watcher when the job is done, but
// not when it fails or is cancelled, so those clients' sockets stay in the map.
import { WebSocketServer, WebSocket } from 'ws';
import { EventEmitter } from 'node:events';

type Update = { jobId: string; status: 'progress' | 'done' | 'failed' | 'cancelled'; detail?: string };

const watchers = new Map<string, WebSocket>(); // expect: unbounded-collection
const jobs = new EventEmitter();
const wss = new WebSocketServer({ port: 3019 });

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const { jobId } = JSON.parse(String(raw)) as { jobId: string };
    watchers.set(jobId, ws);
  });
});

jobs.on('update', (update: Update) => {
  const ws = watchers.get(update.jobId);
  if (!ws) return;
  switch (update.status) {
    case 'progress':
      ws.send(JSON.stringify({ progress: update.detail }));
      break;
    case 'done':
      watchers.delete(update.jobId);
      ws.send(JSON.stringify({ done: true }));
      break;
    case 'failed':
      ws.send(JSON.stringify({ error: update.detail }));
      break;
    case 'cancelled':
      ws.send(JSON.stringify({ cancelled: true }));
      break;
  }
});

export { jobs };
