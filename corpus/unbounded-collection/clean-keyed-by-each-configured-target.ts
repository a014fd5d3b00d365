// One slot per configured endpoint: the latest health of each, refreshed every few seconds.
const ENDPOINTS = (process.env.HEALTH_ENDPOINTS || 'http://localhost:8080/health').split(',').map((s) => s.trim());

const latest = new Map<string, { up: boolean; ms?: number; error?: string }>();

async function check(endpoint: string): Promise<void> {
  const started = Date.now();
  try {
    const res = await fetch(endpoint, { signal: AbortSignal.timeout(2000) });
    latest.set(endpoint, { up: res.ok, ms: Date.now() - started });
  } catch (err) {
    latest.set(endpoint, { up: false, error: (err as Error).message });
  }
}

setInterval(() => {
  Promise.all(ENDPOINTS.map(check)).then(() => {
    for (const [endpoint, state] of latest) console.log(endpoint, state.up ? 'up' : 'down');
  });
}, 5000).unref();
