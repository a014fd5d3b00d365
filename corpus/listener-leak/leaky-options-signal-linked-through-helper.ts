// A query runner ties each query's controller to the signal in its options through a helper;
// the listener the helper adds is never taken off the caller's signal.
function chain(parent: AbortSignal, child: AbortController): void {
  parent.addEventListener('abort', () => child.abort(parent.reason));
}

export interface RunOptions {
  signal: AbortSignal;
  timeoutMs?: number;
}

export async function runQuery(sql: string, options: RunOptions): Promise<unknown[]> {
  const controller = new AbortController();
  chain(options.signal, controller); // expect: listener-leak
  const timer = setTimeout(() => controller.abort(new Error('query timed out')), options.timeoutMs ?? 5000);
  try {
    const res = await fetch('http://db-proxy.internal/query', { method: 'POST', body: sql, signal: controller.signal });
    return (await res.json()) as unknown[];
  } finally {
    clearTimeout(timer);
  }
}
