// A dashboard's data layer. Every call through `backend.*` reaches `send()`, which hangs an
// abort on the session's end; the refresh loop reschedules itself by name, so the reactions
// pile up on `session.ended` (settled only at logout) every few seconds.
let session = openSession();

function openSession() {
  let finish;
  const ended = new Promise((resolve) => {
    finish = resolve;
  });
  return { ended, finish };
}

export function logout() {
  const old = session;
  session = openSession();
  old.finish();
}

async function send(verb, path, payload) {
  const controller = new AbortController();
  session.ended.then(() => controller.abort());
  const answer = await fetch(`/api${path}`, {
    method: verb,
    signal: controller.signal,
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  return answer.json();
}

export const backend = {
  read: (path) => send('GET', path),
  write: (path, payload) => send('PUT', path, payload),
};

export function keepFresh(render, everyMs = 3000) {
  function refresh() {
    backend.read('/widgets').then(render, () => undefined);
    setTimeout(refresh, everyMs); // expect: long-lived-promise-race
  }
  refresh();
}
