// Each request starts a ticker writing to its response; nothing can stop it, and it keeps
// the response alive after the client has gone.
import http from 'http';
import { every } from './every';

http.createServer((req, res) => {
  every(1000, () => res.write(`tick ${req.url}\n`)); // expect: uncleared-interval
}).listen(3000);
