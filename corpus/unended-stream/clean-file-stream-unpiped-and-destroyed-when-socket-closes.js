// The same server, but the file stream is destroyed after it is unpiped.
const net = require('net');
const fs = require('fs');
const path = require('path');

net.createServer((socket) => {
  socket.once('data', (line) => {
    const track = fs.createReadStream(path.join('/srv/tracks', `${String(line).trim()}.opus`));
    track.on('error', (err) => socket.destroy(err));
    track.pipe(socket);
    socket.once('close', () => {
      track.unpipe(socket);
      track.destroy();
    });
  });
}).listen(7400);
