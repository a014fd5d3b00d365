type Job = () => Promise<void>;

interface Retry {
  job: Job;
  attempts: number;
  dueAt: number;
}

export class RetryQueue {
  private readonly retries: Retry[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly maxAttempts = 8) {
    this.timer = setInterval(() => void this.drain(), 1000);
    this.timer.unref();
  }

  add(job: Job): void {
    this.retries.push({ job, attempts: 0, dueAt: Date.now() + 1000 });
  }

  private async drain(): Promise<void> {
    const now = Date.now();
    for (const retry of this.retries.filter((r) => r.dueAt <= now)) {
      try {
        await retry.job();
        this.retries.splice(this.retries.indexOf(retry), 1);
      } catch {
        retry.attempts += 1;
        retry.dueAt = now + 1000 * 2 ** retry.attempts;
        if (retry.attempts >= this.maxAttempts) this.retries.splice(this.retries.indexOf(retry), 1);
      }
    }
  }

  close(): void {
    clearInterval(this.timer);
  }
}
