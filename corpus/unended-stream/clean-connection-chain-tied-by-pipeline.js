// A TCP log collector: each connection's lines go through a stamper into a file, tied with
// pipeline(), which destroys the file stream when the connection is reset or times out.
const fs = require('fs');
const net = require('net');
const { Transform, pipeline } = require('stream');

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
  pipeline(socket, stamper(socket.remoteAddress), out, (err) => {
    if (err && err.code !== 'ECONNRESET') console.error(err);
  });
});

server.listen(5140);
