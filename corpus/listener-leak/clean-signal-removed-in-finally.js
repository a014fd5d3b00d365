// The listener comes off in a finally, whether the work succeeds or throws; in the second
// method the finally belongs to a try entered right after the registration.
export class ApiClient {
  constructor(base) {
    this.base = base;
  }

  async get(path, { signal }) {
    const onAbort = () => console.warn('cancelled', this.base + path);
    signal.addEventListener('abort', onAbort);
    try {
      const response = await fetch(this.base + path);
      return await response.text();
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }

  async post(path, body, { signal }) {
    try {
      const onAbort = () => console.warn('cancelled', path);
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        return await fetch(this.base + path, { method: 'POST', body });
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    } catch (error) {
      console.error('post failed', path);
      throw error;
    }
  }
}
