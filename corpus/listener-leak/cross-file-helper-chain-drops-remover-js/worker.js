// Each job ties its controller to the worker's stop signal through `follow`, per job.
const { follow } = require('./abort');

class ExportWorker {
  constructor(queue) {
    this.queue = queue;
    this.stopping = new AbortController();
  }

  async run() {
    while (!this.stopping.signal.aborted) {
      const job = await this.queue.next();
      const controller = new AbortController();
      follow(this.stopping.signal, controller); // expect: listener-leak
      await fetch(job.url, { signal: controller.signal });
    }
  }
}

module.exports = { ExportWorker };
