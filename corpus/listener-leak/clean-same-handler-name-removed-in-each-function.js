'use strict';

function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function pollUntilReady(url, signal) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await fetch(url, { signal: controller.signal });
      if (res.status === 200) return res.json();
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    await pause(250 * (attempt + 1), signal);
  }
  throw new Error(`${url} never became ready`);
}

module.exports = { pollUntilReady };
