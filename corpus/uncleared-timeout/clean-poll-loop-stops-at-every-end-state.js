// The same import polling, stopping at each state that ends the job.
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
        return;
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
      followImport(socket, job.id);
    });
  });
}

module.exports = { registerImports };
