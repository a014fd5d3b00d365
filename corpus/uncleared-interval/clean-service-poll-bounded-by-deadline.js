'use strict';

const POLL_MS = 3000;
const GIVE_UP_MS = 20 * 60 * 1000;

class TranscodeService {
  constructor(api, notifier) {
    this.api = api;
    this.notifier = notifier;
  }

  async submit(videoId, owner) {
    const job = await this.api.post('/transcodes', { videoId });
    this.follow(job.id, owner);
    return job.id;
  }

  follow(jobId, owner) {
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
        console.warn(`transcode ${jobId}: ${err.message}`);
      }
    }, POLL_MS);
  }
}

module.exports = { TranscodeService };
