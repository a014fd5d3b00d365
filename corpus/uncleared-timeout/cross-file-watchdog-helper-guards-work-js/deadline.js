// Rejects when the work takes too long; when the work settles first, the timer is left to run out.
class DeadlineError extends Error {
  constructor(label, ms) {
    super(`${label} took longer than ${ms} ms`);
    this.code = 'EDEADLINE';
  }
}

function guard(work, ms, label = 'operation') {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new DeadlineError(label, ms)), ms);
    work.then(resolve, reject);
  });
}

module.exports = { guard, DeadlineError };
