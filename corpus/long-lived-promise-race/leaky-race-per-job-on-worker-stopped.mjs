export class ThumbnailWorker {
  constructor(queue, render) {
    this.render = render;
    this.stopped = new Promise((resolve) => {
      this.stop = () => resolve('stopped');
    });
    queue.process(async (job) => {
      const outcome = await Promise.race([this.stopped, this.render(job.data).then(() => 'done')]); // expect: long-lived-promise-race
      if (outcome === 'stopped') throw new Error(`job ${job.id} abandoned at shutdown`);
    });
  }
}
