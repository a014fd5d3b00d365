// A poll parks its response under the user id it sends; only a message posted for that user
// takes it out and answers it. A client that goes away first stays parked until then, if ever.
import express from 'express';

export const app = express();
const waiting = new Map<string, express.Response>();

app.get('/inbox/poll', (req, res) => {
  const user = req.get('x-user-id');
  if (!user) {
    res.sendStatus(401);
    return;
  }
  waiting.set(user, res); // expect: request-capture
});

app.post('/inbox/:user', express.json(), (req, res) => {
  const target = waiting.get(req.params.user);
  if (target) {
    waiting.delete(req.params.user);
    target.json({ messages: [req.body] });
  }
  res.sendStatus(202);
});
