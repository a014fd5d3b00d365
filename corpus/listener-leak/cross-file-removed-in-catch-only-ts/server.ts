import http from 'node:http';
import { watchSymbol } from './feed';

// Each stream's listener stays on the module's emitter after the client leaves.
http.createServer(async (req, res) => {
  const symbol = new URL(req.url ?? '/', 'http://quotes').searchParams.get('s') ?? 'ACME';
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  await watchSymbol(symbol, (price) => res.write(`data: ${price}\n\n`), async () => undefined); // expect: listener-leak
}).listen(8097);
