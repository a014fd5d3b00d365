// The reaction only leaves the channel: the duplicated connection itself stays open, one per
// socket that ever came.
import { WebSocketServer } from 'ws';
import { openSubscriber } from './redis';

const wss = new WebSocketServer({ port: 8140 });

wss.on('connection', async (ws, req) => {
  const match = new URL(req.url ?? '/', 'http://localhost').searchParams.get('match');
  const pending = openSubscriber(); // expect: unclosed-watcher
  ws.on('close', () => {
    void pending.then((sub) => sub.unsubscribe(`match:${match}`));
  });
  const sub = await pending;
  await sub.subscribe(`match:${match}`, (message: string) => ws.send(message));
});
