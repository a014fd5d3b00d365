// The same guard, but whichever way the work settles, the timer is cleared.
class DeadlineError extends Error {
  constructor(label, ms) {
    super(`${label} took longer than ${ms} ms`);
    this.code = 'EDEADLINE';
  }
}

function guard(work, ms, label = 'operation') {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new DeadlineError(label, ms)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

module.exports = { guard, DeadlineError };
