// Each TCP client's lines are copied into a file of their own, which nothing ever ends: every
// connection leaves its descriptor open after the client has gone.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const DIR = process.env.CAPTURE_DIR || '/var/lib/capture';

net.createServer((socket) => {
  const file = fs.createWriteStream(path.join(DIR, `${socket.remoteAddress}-${Date.now()}.log`)); // expect: unended-stream
  file.on('error', (err) => socket.destroy(err));
  socket.on('data', (chunk) => file.write(chunk));
  socket.on('close', () => console.log('capture done', file.bytesWritten));
}).listen(7070);
