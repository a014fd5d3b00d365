// Every instance of the queue class goes into a static registry, but the class is not
// exported and the file makes its instances only while it loads, one per configured queue:
// the registry holds a fixed few, looked up through a static method.
'use strict';

class WorkQueue {
  constructor(name, { concurrency }) {
    this.name = name;
    this.concurrency = concurrency;
    this.jobs = 0;
    WorkQueue.all.push(this);
  }

  static named(name) {
    return WorkQueue.all.find((queue) => queue.name === name);
  }
}

WorkQueue.all = [];

const QUEUES = { mail: { concurrency: 4 }, thumbnails: { concurrency: 2 }, exports: { concurrency: 1 } };
for (const [name, options] of Object.entries(QUEUES)) {
  new WorkQueue(name, options);
}

module.exports = {
  enqueue(name) {
    const queue = WorkQueue.named(name);
    if (queue) queue.jobs += 1;
    return Boolean(queue);
  },
};
