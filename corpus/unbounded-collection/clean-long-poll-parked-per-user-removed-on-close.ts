// The twin: the parked response leaves the table when its client goes away, too.
import express from 'express';

export const app = express();
const waiting = new Map<string, express.Response>();

app.get('/updates', (req, res) => {
  const user = req.get('x-user-id');
  if (!user) {
    res.sendStatus(401);
    return;
  }
  waiting.set(user, res);
  req.on('close', () => {
    if (waiting.get(user) === res) waiting.delete(user);
  });
});

app.post('/broadcast', express.json(), (req, res) => {
  for (const [user, parked] of waiting) {
    waiting.delete(user);
    parked.json(req.body);
  }
  res.sendStatus(204);
});
