// A TCP log collector: each connection's lines go through a stamper into a file. A connection
// that is reset or times out never ends, so `pipe` never ends the file stream, which stays
// open with its descriptor.
const fs = require('fs');
const net = require('net');
const { Transform } = require('stream');

function stamper(source) {
  return new Transform({
    transform(chunk, _encoding, done) {
      done(null, `${new Date().toISOString()} ${source} ${chunk}`);
    },
  });
}

const server = net.createServer((socket) => {
  socket.setTimeout(300000, () => socket.destroy());
  const out = fs.createWriteStream(`/var/log/collector/${socket.remotePort}.log`, { flags: 'a' });
  socket.pipe(stamper(socket.remoteAddress)).pipe(out); // expect: unended-stream
});

server.listen(5140);
