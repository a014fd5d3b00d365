'use strict';

const POLL_MS = 3000;

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
    const timer = setInterval(async () => { // expect: uncleared-interval
      try {
        const status = await this.api.get(`/transcodes/${jobId}`);
        if (status.phase === 'finished') {
          clearInterval(timer);
          await this.notifier.tell(owner, `video ${status.videoId} is ready`);
        }
      } catch (err) {
        console.warn(`transcode ${jobId}: ${err.message}`);
      }
    }, POLL_MS);
  }
}

module.exports = { TranscodeService };
