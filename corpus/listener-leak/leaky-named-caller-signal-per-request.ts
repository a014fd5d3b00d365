// The client takes the caller's signal once, in its options, and every request ties its own
// controller to it under a local name; the tie stays on the shared signal after the request.
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
    outer?.addEventListener('abort', forward, { once: true }); // expect: listener-leak
    const res = await fetch(new URL(`/stock/${sku}`, this.options.baseUrl), { signal: controller.signal });
    return (await res.json()).available;
  }
}
