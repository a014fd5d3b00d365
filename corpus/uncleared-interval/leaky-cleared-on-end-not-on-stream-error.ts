// Each download logs its progress every five seconds until the file stream's 'end'. A file
// that cannot be read fails with 'error', which skips 'end': the interval then logs forever
// and keeps the request it closes over.
import { createReadStream } from 'node:fs';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';

createServer((req: IncomingMessage, res: ServerResponse) => {
  const file = createReadStream(`/srv/files/${encodeURIComponent(req.url ?? '')}`);
  let sent = 0;
  const meter = setInterval(() => console.log(req.socket.remoteAddress, sent), 5000); // expect: uncleared-interval
  file.on('data', (chunk) => { sent += chunk.length; });
  file.on('end', () => clearInterval(meter));
  file.on('error', () => {
    res.statusCode = 404;
    res.end();
  });
  file.pipe(res);
  res.on('close', () => file.destroy());
}).listen(8000);
