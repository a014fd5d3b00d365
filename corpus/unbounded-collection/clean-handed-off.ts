// The Map is handed to a sweeper we cannot see: its new owner may bound it.
import http from 'node:http';
import { startSweeper } from './sweeper';

const sessions = new Map<string, { at: number }>();
startSweeper(sessions, 60_000);

http.createServer((req, res) => {
  sessions.set(String(req.headers.cookie), { at: Date.now() });
  res.end();
}).listen(8094);
