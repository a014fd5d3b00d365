// Retries a flaky upload with a growing delay; the delay is the next attempt, and the branch
// that gives up rejects instead: nothing races the timer.
export function uploadWithRetries(send: () => Promise<void>, max = 4, tries = 0): Promise<void> {
  return new Promise((resolve, reject) => {
    send()
      .then(resolve)
      .catch((err: unknown) => {
        if (tries++ < max) {
          setTimeout(() => {
            uploadWithRetries(send, max, tries).then(resolve, reject);
          }, 250 * 2 ** tries);
        } else {
          reject(err);
        }
      });
  });
}
