// Each job runs under the worker's stop signal through `withLimit`, which unlinks when it ends.
import { withLimit } from './abort';

export class ThumbnailWorker {
  private readonly stopping = new AbortController();

  constructor(private readonly jobs: AsyncIterable<{ url: string }>) {}

  async run(): Promise<void> {
    for await (const job of this.jobs) {
      await withLimit(30_000, this.stopping.signal, (signal) => fetch(job.url, { signal }));
    }
  }

  stop(): void {
    this.stopping.abort();
  }
}
