// A progress poll per HTTP long-poll client; one that leaves while `start()` is still
// authorising is seen before the poll is armed.
const http = require('http');

class ProgressPoll {
  constructor(res, job) {
    this.res = res;
    this.job = job;
    this.timer = null;
  }

  async start() {
    await this.job.authorise();
    if (this.res.destroyed) return;
    this.timer = setInterval(() => this.res.write(`${this.job.percent()}\n`), 1000);
  }

  stop() {
    clearInterval(this.timer);
  }
}

function serve(jobs) {
  return http.createServer((req, res) => {
    const poll = new ProgressPoll(res, jobs.get(req.url));
    poll.start().catch(() => res.end());
    req.on('close', () => poll.stop());
  });
}

module.exports = { serve };
