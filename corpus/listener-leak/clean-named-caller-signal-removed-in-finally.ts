// The same tie, taken off the shared signal however the request ends.
export interface ClientOptions {
  baseUrl: string;
  signal?: AbortSignal;
}

export class InventoryClient {
  constructor(private readonly options: ClientOptions) {}

  async stock(sku: string): Promise<number> {
    const controller = new AbortController();
    const outer = this.options.signal;
    const forward = () => controller.abort(outer?.reason);
    outer?.addEventListener('abort', forward, { once: true });
    try {
      const res = await fetch(new URL(`/stock/${sku}`, this.options.baseUrl), { signal: controller.signal });
      return (await res.json()).available;
    } finally {
      outer?.removeEventListener('abort', forward);
    }
  }
}
