import type { WebSocketServer, WebSocket } from 'ws';
import { repeatAfter } from './repeat';

interface DeployApi {
  stage(id: string): Promise<{ stage: string; percent: number }>;
}

export function attachDeployFeed(wss: WebSocketServer, deploys: DeployApi): void {
  wss.on('connection', (ws: WebSocket, req) => {
    const id = new URL(req.url ?? '/', 'http://local').searchParams.get('deploy') ?? '';
    const refresher = repeatAfter( // expect: uncleared-timeout
      async () => ws.send(JSON.stringify(await deploys.stage(id))),
      1500,
      {
        onFailure: () => {
          refresher.cancel();
          ws.close(1011, 'deploy status unavailable');
        },
      },
    );
  });
}
