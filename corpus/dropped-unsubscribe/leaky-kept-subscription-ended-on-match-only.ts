// Each request waits for its order's status on the shared stream; the subscription ends when
// the status arrives, but the timeout rejects without ending it, so every timed-out wait stays
// subscribed to the stream with its callback.
import express from 'express';
import { Subject, Subscription } from 'rxjs';

export const statuses$ = new Subject<{ orderId: string; status: string }>();
const app = express();

function statusOf(orderId: string, ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const sub = new Subscription();
    const timer = setTimeout(() => reject(new Error(`no status for ${orderId}`)), ms);
    sub.add(statuses$.subscribe((update) => {
      if (update.orderId !== orderId) return;
      clearTimeout(timer);
      sub.unsubscribe();
      resolve(update.status);
    }));
  });
}

app.get('/orders/:id/status', async (req, res) => {
  try {
    res.json({ status: await statusOf(req.params.id, 2000) }); // expect: dropped-unsubscribe
  } catch (error) {
    res.status(504).json({ error: String(error) });
  }
});

app.listen(3700);
