// The fetcher hands each new request to a helper that waits for it and then forgets it; a
// request that fails throws out of the `await` before the delete, and its key stays.
export function createLoader(load: (key: string) => Promise<string>) {
  const pending = new Map<string, Promise<string>>(); // expect: unbounded-collection

  async function settle(key: string, request: Promise<string>): Promise<string> {
    const value = await request;
    pending.delete(key);
    return value;
  }

  return function get(key: string): Promise<string> {
    const existing = pending.get(key);
    if (existing) return existing;
    const request = settle(key, load(key));
    pending.set(key, request);
    return request;
  };
}
