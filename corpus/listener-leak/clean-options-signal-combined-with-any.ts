// The same runner combines the caller's signal with its own timeout through AbortSignal.any,
// which lets go of what it listens to once the combined signal is collected.
function withDeadline(parent: AbortSignal, ms: number): AbortSignal {
  return AbortSignal.any([parent, AbortSignal.timeout(ms)]);
}

export interface RunOptions {
  signal: AbortSignal;
  timeoutMs?: number;
}

export async function runQuery(sql: string, options: RunOptions): Promise<unknown[]> {
  const signal = withDeadline(options.signal, options.timeoutMs ?? 5000);
  const res = await fetch('http://db-proxy.internal/query', { method: 'POST', body: sql, signal });
  return (await res.json()) as unknown[];
}
