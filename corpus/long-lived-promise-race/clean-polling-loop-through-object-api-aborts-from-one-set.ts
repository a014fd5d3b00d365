// The same data layer, with one reaction per session: requests in flight sit in a Set that
// each request leaves when it ends, and the session's end aborts whatever is still there.
let session = openSession();

function openSession() {
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const inFlight = new Set<AbortController>();
  ended.then(() => {
    for (const controller of inFlight) controller.abort();
  });
  return { ended, finish, inFlight };
}

export function logout(): void {
  const old = session;
  session = openSession();
  old.finish();
}

async function send(verb: string, path: string, payload?: unknown): Promise<unknown> {
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
  read: (path: string) => send('GET', path),
  write: (path: string, payload: unknown) => send('PUT', path, payload),
};

export function keepFresh(render: (widgets: unknown) => void, everyMs = 3000): void {
  function refresh(): void {
    backend.read('/widgets').then(render, () => undefined);
    setTimeout(refresh, everyMs);
  }
  refresh();
}
