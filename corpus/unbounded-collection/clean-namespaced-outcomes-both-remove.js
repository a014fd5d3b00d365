// Render requests wait for a worker's answer, kept by job id; either answer removes the entry.
const { randomUUID } = require('crypto');

const waiting = new Map();

function attachWorker(socket) {
  socket.on('render:done', ({ jobId, url }) => {
    const entry = waiting.get(jobId);
    if (!entry) return;
    waiting.delete(jobId);
    entry.res.status(201).json({ jobId, url });
  });
  socket.on('render:failed', ({ jobId, reason }) => {
    const entry = waiting.get(jobId);
    if (!entry) return;
    waiting.delete(jobId);
    entry.res.status(502).json({ jobId, error: reason });
  });
}

function submit(req, res, worker) {
  const jobId = randomUUID();
  waiting.set(jobId, { res, at: Date.now() });
  worker.emit('render', { jobId, template: req.body.template });
}

module.exports = { attachWorker, submit };
