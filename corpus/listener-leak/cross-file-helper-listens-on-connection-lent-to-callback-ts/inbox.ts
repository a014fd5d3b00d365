import { Router } from 'express';
import { withSession, watchNotifications } from './pg';

export const inbox = Router();

inbox.get('/inbox/:user', async (req, res) => {
  const unread = await withSession(async (session) => {
    watchNotifications(session, (msg) => res.write(`data: ${JSON.stringify(msg)}\n\n`)); // expect: listener-leak
    const result = await session.query('SELECT count(*) FROM messages WHERE owner = $1 AND unread', [req.params.user]);
    return result.rows[0].count;
  });
  res.end(String(unread));
});
