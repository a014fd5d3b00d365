// The file of each client is ended when its socket closes, however it closes.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const DIR = process.env.CAPTURE_DIR ?? '/var/lib/capture';

net.createServer((socket) => {
  const file = fs.createWriteStream(path.join(DIR, `${socket.remoteAddress}-${Date.now()}.log`));
  file.on('error', (err) => socket.destroy(err));
  socket.on('data', (chunk) => file.write(chunk));
  socket.on('close', () => file.end());
}).listen(7070);
