// The same handler, with entries that carry their own id, or removal by the message's id.
import express from 'express';
import { randomUUID } from 'node:crypto';
import { bus } from './bus';

const waiting = new Map<string, { requestId: string; resolve: (answer: string) => void }>();
const pendingVotes = new Map<string, { resolve: (ok: boolean) => void }>();

function ask(question: string): Promise<string> {
  const requestId = randomUUID();
  return new Promise((resolve) => {
    waiting.set(requestId, { requestId, resolve });
    bus.publish('questions', { requestId, question });
  });
}

function vote(choice: string): Promise<boolean> {
  const ballotId = randomUUID();
  return new Promise((resolve) => {
    pendingVotes.set(ballotId, { resolve });
    bus.publish('votes', { ballotId, choice });
  });
}

bus.subscribe('answers', (message: { requestId: string; answer: string }) => {
  const entry = waiting.get(message.requestId);
  if (!entry) return;
  entry.resolve(message.answer);
  waiting.delete(entry.requestId);
});

bus.subscribe('ballots', (message: { ballotId: string; ok: boolean }) => {
  pendingVotes.get(message.ballotId)?.resolve(message.ok);
  pendingVotes.delete(message.ballotId);
});

const app = express();
app.post('/ask', async (req, res) => res.json({ answer: await ask(String(req.query.q)) }));
app.post('/vote', async (req, res) => res.json({ ok: await vote(String(req.query.choice)) }));
app.listen(3000);
