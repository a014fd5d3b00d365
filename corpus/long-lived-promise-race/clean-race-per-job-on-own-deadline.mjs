export class ThumbnailWorker {
  constructor(queue, render) {
    this.render = render;
    queue.process(async (job) => {
      let timer;
      const deadline = new Promise((resolve) => {
        timer = setTimeout(() => resolve('late'), 60000);
      });
      try {
        const outcome = await Promise.race([deadline, this.render(job.data).then(() => 'done')]);
        if (outcome === 'late') throw new Error(`job ${job.id} took too long`);
      } finally {
        clearTimeout(timer);
      }
    });
  }
}
