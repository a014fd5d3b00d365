// A job dispatcher keeps every job it hands a worker until the worker confirms it. Entries
// are keyed by worker and job, and `confirm` builds the same key from the worker and the job
// id it is handed; a worker's disconnect sweeps what it never confirmed.
'use strict';

const { randomUUID } = require('crypto');

class JobDispatcher {
  constructor() {
    this.assigned = new Map();
  }

  attach(ws) {
    ws.workerId = randomUUID();
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw);
      if (msg.kind === 'confirm') this.confirm(ws, msg.jobId);
    });
    ws.on('close', () => {
      for (const [key, entry] of this.assigned) {
        if (entry.ws === ws) this.assigned.delete(key);
      }
    });
  }

  assign(ws, job) {
    const jobId = randomUUID();
    const key = `${ws.workerId}/${jobId}`;
    this.assigned.set(key, { ws, job, at: Date.now() });
    ws.send(JSON.stringify({ kind: 'job', jobId, job }));
  }

  confirm(ws, jobId) {
    this.assigned.delete(`${ws.workerId}/${jobId}`);
  }
}

module.exports = { JobDispatcher };
