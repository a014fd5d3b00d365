'use strict';
// The worker keeps its run state in a field and races each message against a deadline of its own.
const { LATE, RunState } = require('./run-state');

class MailWorker {
  state = new RunState();

  constructor(queue) {
    this.queue = queue;
  }

  async run() {
    this.state.begin();
    while (this.state.running) {
      const message = await this.state.within(this.queue.next(), 20000);
      if (message === LATE) continue;
      await this.queue.deliver(message);
    }
  }

  stop() {
    this.state.halt();
  }
}

module.exports = { MailWorker };
