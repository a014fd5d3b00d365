// A dashboard's data layer. Every call through `backend.*` reaches `send()`, which hangs an
// abort on the session's end; the refresh loop reschedules itself by name, so the reactions
// pile up on `session.ended` (settled only at logout) every few seconds.
let session = openSession();

function openSession() {
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { ended, finish };
}

export function logout(): void {
  const old = session;
  session = openSession();
  old.finish();
}

async function send(verb: string, path: string, payload?: unknown): Promise<unknown> {
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
  read: (path: string) => send('GET', path),
  write: (path: string, payload: unknown) => send('PUT', path, payload),
};

export function keepFresh(render: (widgets: unknown) => void, everyMs = 3000): void {
  function refresh(): void {
    backend.read('/widgets').then(render, () => undefined);
    setTimeout(refresh, everyMs); // expect: long-lived-promise-race
  }
  refresh();
}
