// The same handler, forgetting the watcher on every way a job ends (the ending cases share
// one body).
import { WebSocketServer, WebSocket } from 'ws';
import { EventEmitter } from 'node:events';

type Update = { jobId: string; status: 'progress' | 'done' | 'failed' | 'cancelled'; detail?: string };

const watchers = new Map<string, WebSocket>();
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
    case 'failed':
    case 'cancelled':
    case 'done':
      watchers.delete(update.jobId);
      ws.send(JSON.stringify({ status: update.status, detail: update.detail }));
      break;
  }
});

export { jobs };
