// The same console, in TypeScript: the callback is kept and handed to both.
import dc from 'diagnostics_channel';
import net from 'net';

const queries = dc.channel('app:db:query');

net.createServer((sock) => {
  const forward = (event: unknown) => sock.write(`${JSON.stringify(event)}\n`);
  queries.subscribe(forward);
  sock.on('close', () => queries.unsubscribe(forward));
}).listen(7007);
