import http from 'node:http';
import { watchSymbol } from './feed';

// Each stream takes its listener off the module's emitter when the client leaves.
http.createServer(async (req, res) => {
  const symbol = new URL(req.url ?? '/', 'http://quotes').searchParams.get('s') ?? 'ACME';
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const stop = await watchSymbol(symbol, (price) => res.write(`data: ${price}\n\n`), async () => undefined);
  req.on('close', stop);
}).listen(8097);
