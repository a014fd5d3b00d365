'use strict';
// Races work against a deadline; the deadline is cleared once the work resolves.
function withDeadline(work, ms) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).then((value) => {
    clearTimeout(timer);
    return value;
  });
}

module.exports = { withDeadline };
