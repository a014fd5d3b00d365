// A deliberate delay before answering a failed login (a tarpit): the timer's answer is the
// only one this path gives, and the success path returns before any timer starts, so no
// timer ever outlives the answer it is waiting to give.
import express, { Request, Response } from 'express';
import { checkPassword } from './accounts';

const app = express();
app.use(express.json());

app.post('/login', (req: Request, res: Response) => {
  if (checkPassword(req.body.user, req.body.password)) {
    return res.json({ ok: true });
  }
  setTimeout(() => {
    res.status(401).json({ ok: false });
  }, 2_000);
});

app.listen(3000);
