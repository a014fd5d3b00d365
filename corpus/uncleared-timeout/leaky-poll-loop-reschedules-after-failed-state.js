// Each import a client starts is followed by polling its job until it is over. The poll stops
// when the job completes or is cancelled, but a failed job only logs and goes round again: the
// loop polls a job that will never change, for as long as the process runs.
const importer = require('./importer-client');

const POLL_MS = 3000;

function followImport(socket, jobId) {
  const poll = async () => {
    const job = await importer.status(jobId);
    switch (job.state) {
      case 'completed':
        socket.emit('import:done', { jobId, rows: job.rows });
        return;
      case 'cancelled':
        socket.emit('import:cancelled', { jobId });
        return;
      case 'failed':
        socket.emit('import:failed', { jobId, reason: job.error });
        break;
      default:
        socket.emit('import:progress', { jobId, percent: job.progress });
    }
    setTimeout(poll, POLL_MS);
  };
  poll();
}

function registerImports(io) {
  io.on('connection', (socket) => {
    socket.on('import:start', async (file) => {
      const job = await importer.start(file);
      followImport(socket, job.id); // expect: uncleared-timeout
    });
  });
}

module.exports = { registerImports };
