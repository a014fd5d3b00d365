import { randomUUID } from 'node:crypto';
import express from 'express';

// Follow-up emails, sent after a delay unless the user unsubscribes first. The handle goes
// when the timer fires as well as on cancel.
class FollowUps {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly send: (to: string, body: string) => Promise<void>) {}

  plan(to: string, body: string, delayMs: number): string {
    const id = randomUUID();
    const handle = setTimeout(() => {
      this.pending.delete(id);
      this.send(to, body).catch((err) => console.error('follow-up failed', err));
    }, delayMs);
    this.pending.set(id, handle);
    return id;
  }

  cancel(id: string): boolean {
    const handle = this.pending.get(id);
    if (handle === undefined) return false;
    clearTimeout(handle);
    return this.pending.delete(id);
  }
}

const followUps = new FollowUps(async (to, body) => console.log('mail', to, body));
export const app = express();
app.post('/signup', express.json(), (req, res) => {
  res.json({ followUp: followUps.plan(req.body.email, 'Welcome aboard', 86_400_000) });
});
app.delete('/follow-ups/:id', (req, res) => {
  res.sendStatus(followUps.cancel(req.params.id) ? 204 : 404);
});
