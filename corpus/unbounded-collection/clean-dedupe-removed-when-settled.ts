// The same fetcher, forgetting the URL however the request ends; and one keyed by a few
// fixed environments, which holds a handful of entries at most.
export function createFetcher(fetchImpl: typeof fetch = fetch) {
  const inFlight = new Map<string, Promise<string>>();
  const byEnv = new Map<'staging' | 'production', Promise<string>>();

  function get(url: string): Promise<string> {
    const pending = inFlight.get(url);
    if (pending) return pending;
    const request = fetchImpl(url)
      .then((response) => response.text())
      .finally(() => inFlight.delete(url));
    inFlight.set(url, request);
    return request;
  }

  function config(env: 'staging' | 'production'): Promise<string> {
    const request = fetchImpl(`https://config.internal/${env}`).then((response) => response.text());
    byEnv.set(env, request);
    request.then(() => byEnv.delete(env));
    return request;
  }

  return { get, config };
}
