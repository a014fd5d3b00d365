// The twin: the per-job SIGTERM hook comes off in a finally, however the job ends.
'use strict';

class Runner {
  constructor() {
    this.done = 0;
  }

  async execute(job) {
    const state = { stopping: false };
    const onTerm = () => {
      state.stopping = true;
    };
    process.once('SIGTERM', onTerm);
    try {
      await job.run(state);
      this.done += 1;
    } finally {
      process.removeListener('SIGTERM', onTerm);
    }
  }
}

module.exports = { Runner };
