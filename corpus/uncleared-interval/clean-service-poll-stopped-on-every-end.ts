const POLL_MS = 3000;
const GIVE_UP_MS = 20 * 60_000;

interface Api {
  post(path: string, body: object): Promise<{ id: string }>;
  get(path: string): Promise<{ phase: string; videoId: string }>;
}

export class TranscodeService {
  constructor(private readonly api: Api, private readonly notifier: { tell(owner: string, text: string): Promise<void> }) {}

  async submit(videoId: string, owner: string): Promise<string> {
    const job = await this.api.post('/transcodes', { videoId });
    this.follow(job.id, owner);
    return job.id;
  }

  private follow(jobId: string, owner: string): void {
    const deadline = Date.now() + GIVE_UP_MS;
    const timer = setInterval(async () => {
      if (Date.now() > deadline) {
        clearInterval(timer);
        return;
      }
      try {
        const status = await this.api.get(`/transcodes/${jobId}`);
        if (status.phase === 'finished' || status.phase === 'failed') {
          clearInterval(timer);
          await this.notifier.tell(owner, `video ${status.videoId}: ${status.phase}`);
        }
      } catch (err) {
        console.warn(`transcode ${jobId}: ${(err as Error).message}`);
      }
    }, POLL_MS);
  }
}

// Waits for the page to finish loading, which it always does.
export function whenPageLoaded(run: () => void): void {
  const wait = setInterval(() => {
    if (document.readyState === 'complete') {
      clearInterval(wait);
      run();
    }
  }, 10);
}
