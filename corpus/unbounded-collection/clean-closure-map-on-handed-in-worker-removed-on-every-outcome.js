function trackLatency(worker, histogram) {
  const began = new Map();

  worker.on('active', (job) => {
    began.set(job.id, Date.now());
  });

  worker.on('completed', (job) => {
    histogram.observe({ outcome: 'ok' }, Date.now() - began.get(job.id));
    began.delete(job.id);
  });

  worker.on('failed', (job) => {
    histogram.observe({ outcome: 'failed' }, Date.now() - began.get(job.id));
    began.delete(job.id);
  });

  return worker;
}

module.exports = { trackLatency };
