// A track server streams each requested file into the client's socket. When the client hangs
// up, the code only unpipes: the file stream sits paused, its descriptor open, for good.
const net = require('net');
const fs = require('fs');
const path = require('path');

net.createServer((socket) => {
  socket.once('data', (line) => {
    const track = fs.createReadStream(path.join('/srv/tracks', `${String(line).trim()}.opus`));
    track.on('error', (err) => socket.destroy(err));
    track.pipe(socket);
    socket.once('close', () => {
      track.unpipe(socket); // expect: unended-stream
    });
  });
}).listen(7400);
