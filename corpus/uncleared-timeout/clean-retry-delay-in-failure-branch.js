// Retries a flaky call with a growing delay; the delay is the next attempt, and the branch
// that gives up rejects instead: nothing races the timer.
function withRetries(attempt, max = 3, tries = 0) {
  return new Promise((resolve, reject) => {
    attempt()
      .then(resolve)
      .catch((err) => {
        if (tries++ < max) {
          setTimeout(() => {
            withRetries(attempt, max, tries).then(resolve, reject);
          }, 200 * 2 ** tries);
        } else {
          reject(err);
        }
      });
  });
}

module.exports = { withRetries };
