import { watch, type FSWatcher } from 'node:fs';
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws) => {
  const open = new Map<string, FSWatcher>();

  ws.on('message', (raw) => {
    const msg = JSON.parse(String(raw)) as { op: 'follow' | 'unfollow'; path: string };
    switch (msg.op) {
      case 'follow': {
        if (open.has(msg.path)) return;
        const watcher = watch(msg.path, () => ws.send(JSON.stringify({ changed: msg.path })));
        open.set(msg.path, watcher);
        break;
      }
      case 'unfollow': {
        open.get(msg.path)?.close();
        open.delete(msg.path);
        break;
      }
    }
  });

  ws.on('close', () => {
    for (const watcher of open.values()) watcher.close();
    open.clear();
  });
});
