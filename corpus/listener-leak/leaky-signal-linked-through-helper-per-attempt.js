// A retrying download links each attempt's controller to the signal its caller passes, through
// a small helper. The helper's 'abort' listener stays on the caller's signal after every
// attempt, and a caller that passes one signal for the life of the process keeps them all.
'use strict';

function follow(outer, inner) {
  if (outer.aborted) return inner.abort(outer.reason);
  outer.addEventListener('abort', () => inner.abort(outer.reason), { once: true });
}

async function download(url, { signal, attempts = 3 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const attemptController = new AbortController();
    follow(signal, attemptController); // expect: listener-leak
    try {
      const res = await fetch(url, { signal: attemptController.signal });
      return await res.arrayBuffer();
    } catch (err) {
      if (attempt >= attempts || signal.aborted) throw err;
    }
  }
}

module.exports = { download };
