// Both ends of the wait end the subscription: the matching reply and the timeout.
import express from 'express';
import { Subject } from 'rxjs';

export const replies$ = new Subject<{ id: string; body: string }>();
const app = express();

function waitForReply(id: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.unsubscribe();
      reject(new Error('timed out'));
    }, ms);
    const subscription = replies$.subscribe((reply) => {
      if (reply.id !== id) return;
      clearTimeout(timer);
      subscription.unsubscribe();
      resolve(reply.body);
    });
  });
}

app.get('/ask/:id', async (req, res) => {
  try {
    res.send(await waitForReply(req.params.id, 1000));
  } catch {
    res.status(504).end();
  }
});

app.listen(3702);
