// The client takes the caller's signal and removes its 'abort' listener once the body is read,
// but only there: a failed fetch goes through the catch, and the listener stays on a signal the
// caller may share with every request of the page.
export class ApiClient {
  constructor(private readonly base: string) {}

  async get(path: string, options: { signal: AbortSignal }): Promise<string> {
    const { signal } = options;
    const onAbort = () => console.warn('cancelled', this.base + path);
    signal.addEventListener('abort', onAbort); // expect: listener-leak
    try {
      const response = await fetch(this.base + path);
      const body = await response.text();
      signal.removeEventListener('abort', onAbort);
      return body;
    } catch (error) {
      console.error('request failed', path);
      throw error;
    }
  }
}
