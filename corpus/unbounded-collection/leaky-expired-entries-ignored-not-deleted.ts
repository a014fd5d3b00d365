// Password-reset tokens expire after 15 minutes, but an expired token is only ignored when
// read: only redeem() deletes, so every token nobody redeems stays in the map for good.
import { randomUUID } from 'node:crypto';
import express from 'express';

interface ResetToken {
  email: string;
  expiresAt: number;
}

const tokens = new Map<string, ResetToken>(); // expect: unbounded-collection

function issue(email: string): string {
  const token = randomUUID();
  tokens.set(token, { email, expiresAt: Date.now() + 15 * 60_000 });
  return token;
}

function lookup(token: string): ResetToken | undefined {
  const entry = tokens.get(token);
  if (!entry || entry.expiresAt <= Date.now()) return undefined;
  return entry;
}

function redeem(token: string): string | undefined {
  const entry = lookup(token);
  tokens.delete(token);
  return entry?.email;
}

const app = express();
app.use(express.json());
app.post('/password/forgot', (req, res) => {
  const token = issue(String(req.body.email));
  res.status(202).json({ sent: Boolean(token) });
});
app.post('/password/reset/:token', (req, res) => {
  const email = redeem(req.params.token);
  res.sendStatus(email ? 204 : 410);
});
app.listen(3000);
