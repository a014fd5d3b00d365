// A progress poll per HTTP long-poll client. A client that leaves while `start()` is still
// authorising stops nothing, and the poll is armed afterwards.
const http = require('http');

class ProgressPoll {
  constructor(res, job) {
    this.res = res;
    this.job = job;
    this.timer = null;
  }

  async start() {
    await this.job.authorise();
    this.timer = setInterval(() => this.res.write(`${this.job.percent()}\n`), 1000);
  }

  stop() {
    clearInterval(this.timer);
  }
}

function serve(jobs) {
  return http.createServer((req, res) => {
    const poll = new ProgressPoll(res, jobs.get(req.url));
    poll.start().catch(() => res.end()); // expect: uncleared-interval
    req.on('close', () => poll.stop());
  });
}

module.exports = { serve };
