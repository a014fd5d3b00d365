// The same download: the helper hands back what takes its listener off, and each attempt
// calls it when it ends, however it ends.
'use strict';

function follow(outer, inner) {
  const onAbort = () => inner.abort(outer.reason);
  outer.addEventListener('abort', onAbort, { once: true });
  return () => outer.removeEventListener('abort', onAbort);
}

async function download(url, { signal, attempts = 3 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const attemptController = new AbortController();
    const unfollow = follow(signal, attemptController);
    try {
      const res = await fetch(url, { signal: attemptController.signal });
      return await res.arrayBuffer();
    } catch (err) {
      if (attempt >= attempts || signal.aborted) throw err;
    } finally {
      unfollow();
    }
  }
}

module.exports = { download };
