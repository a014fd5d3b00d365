// Each job message is tracked until it is handled, but only the 'render' case ends the tracking;
// 'thumbnail' and unknown kinds leave their token in the module's tracker.
import { Worker, type Job } from 'bullmq';

class JobClock {
  private readonly started = new Map<string, number>(); // expect: unbounded-collection

  start(jobId: string): string {
    const token = `${jobId}:${Date.now()}`;
    this.started.set(token, Date.now());
    return token;
  }

  stop(token: string): number {
    const at = this.started.get(token) ?? Date.now();
    this.started.delete(token);
    return Date.now() - at;
  }
}

const clock = new JobClock();

export const worker = new Worker('media', async (job: Job) => {
  const token = clock.start(String(job.id));
  switch (job.name) {
    case 'render':
      await job.updateProgress(100);
      clock.stop(token);
      break;
    case 'thumbnail':
      await job.updateProgress(50);
      break;
    default:
      return;
  }
});
