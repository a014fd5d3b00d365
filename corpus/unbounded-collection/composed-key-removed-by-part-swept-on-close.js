// A job dispatcher keeps every job it hands a worker until the worker confirms it. Entries
// are keyed by worker and job, but `confirm` deletes by the bare job id it is handed, so only a
// worker's disconnect ever takes entries out, however long the worker stays.
'use strict';

const { randomUUID } = require('crypto');

class JobDispatcher {
  constructor() {
    this.assigned = new Map(); // expect: unbounded-collection
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
    this.assigned.delete(jobId);
  }
}

module.exports = { JobDispatcher };
