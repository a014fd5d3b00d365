// The same data layer, with one reaction per session: requests in flight sit in a Set that
// each request leaves when it ends, and the session's end aborts whatever is still there.
let session = openSession();

function openSession() {
  let finish;
  const ended = new Promise((resolve) => {
    finish = resolve;
  });
  const inFlight = new Set();
  ended.then(() => {
    for (const controller of inFlight) controller.abort();
  });
  return { ended, finish, inFlight };
}

export function logout() {
  const old = session;
  session = openSession();
  old.finish();
}

async function send(verb, path, payload) {
  const controller = new AbortController();
  const { inFlight } = session;
  inFlight.add(controller);
  try {
    const answer = await fetch(`/api${path}`, {
      method: verb,
      signal: controller.signal,
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return await answer.json();
  } finally {
    inFlight.delete(controller);
  }
}

export const backend = {
  read: (path) => send('GET', path),
  write: (path, payload) => send('PUT', path, payload),
};

export function keepFresh(render, everyMs = 3000) {
  function refresh() {
    backend.read('/widgets').then(render, () => undefined);
    setTimeout(refresh, everyMs);
  }
  refresh();
}
