// The same poll, also cleared when the socket disconnects: a client that goes away first
// takes its poll with it.
const { Server } = require('socket.io');
const exports_ = require('./exports-store');

const io = new Server(3001);

io.on('connection', (socket) => {
  socket.on('export:watch', (exportId) => {
    const poll = setInterval(async () => {
      const job = await exports_.get(exportId);
      socket.emit('export:progress', { exportId, percent: job.percent });
      if (job.state === 'done' || job.state === 'failed') clearInterval(poll);
    }, 2000);
    socket.once('disconnect', () => clearInterval(poll));
  });
});
