// The bridge settles answered calls through `settle`, but its timeout rejects without
// telling the registry: every call that times out leaves its entry in `pending` for good.
const { register, settle } = require('./pending');

class Bridge {
  constructor(worker) {
    this.worker = worker;
    worker.on('message', (message) => settle(message.id, message.result));
  }

  request(payload, timeoutMs = 5000) {
    return new Promise((resolve, reject) => {
      const id = register(resolve, reject); // expect: unbounded-collection
      this.worker.postMessage({ id, payload });
      setTimeout(() => reject(new Error('worker timed out')), timeoutMs);
    });
  }
}

module.exports = Bridge;
