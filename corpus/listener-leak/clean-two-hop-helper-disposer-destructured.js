// The shutdown race is set up per job, two calls down from the queue's handler; the middle
// function takes the disposer out of the helper's result and calls it however the job ends.
const { EventEmitter } = require('events');

const lifecycle = new EventEmitter();

function whenStopping(emitter) {
  let onStop;
  const stopping = new Promise((resolve) => {
    onStop = () => resolve('stopping');
    emitter.once('stop', onStop);
  });
  return { stopping, release: () => emitter.removeListener('stop', onStop) };
}

async function convert(emitter, job) {
  const { stopping, release } = whenStopping(emitter);
  try {
    return await Promise.race([job.convert(), stopping]);
  } finally {
    release();
  }
}

function startWorker(queue) {
  queue.on('job', (job) => {
    convert(lifecycle, job).then((out) => job.done(out), (err) => job.fail(err));
  });
}

module.exports = { startWorker, lifecycle };
