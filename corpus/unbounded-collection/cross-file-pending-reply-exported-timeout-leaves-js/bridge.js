// Calls into a worker thread. The reply handler, exported for the module that owns the
// worker, deletes the entry; the timeout only rejects, so every call that times out stays.
let counter = 0;
const waiting = new Map();

function ask(worker, question, ms = 5000) {
  const ticket = ++counter;
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`no answer to ${question}`)), ms);
    waiting.set(ticket, resolve);
    worker.postMessage({ ticket, question });
  });
}

function answered(message) {
  const resolve = waiting.get(message.ticket);
  if (resolve === undefined) return;
  waiting.delete(message.ticket);
  resolve(message.answer);
}

module.exports = { ask, answered };
