// Answers are settled through the registry, but the timeout rejects without `untrack(id)`:
// however often `resize()` is called, every call that times out leaves its entry behind.
const { fork } = require('child_process');
const { track, settle } = require('./inflight');

const worker = fork(`${__dirname}/resize-worker.js`);
let seq = 0;

worker.on('message', (msg) => {
  const entry = settle(msg.id);
  if (!entry) return;
  clearTimeout(entry.timer);
  entry.resolve(msg.image);
});

function resize(image, width) {
  const id = ++seq;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`resize ${id} timed out`)), 10000);
    track(id, { resolve, timer }); // expect: unbounded-collection
    worker.send({ id, image, width });
  });
}

module.exports = { resize };
