// The download's meter stops on 'end' and on 'error' both, and a client's 'end' (a database
// connection's last event, which it emits after a failure too) ends its keep-alive ping.
import { createReadStream } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { createClient } from './db-client';

createServer((req: IncomingMessage, res: ServerResponse) => {
  const file = createReadStream(`/srv/files/${encodeURIComponent(req.url ?? '')}`);
  let sent = 0;
  const meter = setInterval(() => console.log(req.socket.remoteAddress, sent), 5000);
  file.on('data', (chunk) => { sent += chunk.length; });
  file.on('end', () => clearInterval(meter));
  file.on('error', () => {
    clearInterval(meter);
    res.statusCode = 404;
    res.end();
  });
  file.pipe(res);
  res.on('close', () => file.destroy());
}).listen(8000);

export function openDatabase(url: string) {
  const client = createClient(url);
  const ping = setInterval(() => client.ping(), 30_000);
  client.on('end', () => clearInterval(ping));
  client.on('error', (err: Error) => console.error('database', err.message));
  return client;
}
