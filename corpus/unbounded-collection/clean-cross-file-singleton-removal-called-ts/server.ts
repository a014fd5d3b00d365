// Logging out (or the socket closing) forgets the session the login added.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { sessions } from './sessions';

createServer((req, res) => {
  const token = randomBytes(16).toString('hex');
  sessions.start(token, String(req.headers['x-user']));
  res.on('close', () => sessions.forget(token));
  res.end(token);
}).listen(8080);
