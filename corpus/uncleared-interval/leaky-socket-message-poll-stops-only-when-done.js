// Each 'export:watch' message starts a poll that stops itself only when the export finishes:
// a client that disconnects first leaves it polling, with its socket, until then (or for good).
const { Server } = require('socket.io');
const exports_ = require('./exports-store');

const io = new Server(3001);

io.on('connection', (socket) => {
  socket.on('export:watch', (exportId) => {
    const poll = setInterval(async () => { // expect: uncleared-interval
      const job = await exports_.get(exportId);
      socket.emit('export:progress', { exportId, percent: job.percent });
      if (job.state === 'done' || job.state === 'failed') clearInterval(poll);
    }, 2000);
  });
});
