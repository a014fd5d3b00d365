export interface Delivery {
  target: string;
  payload: unknown;
  failures: number;
}

export class Redelivery {
  private readonly pending: Delivery[] = [];

  constructor(private readonly limit: number, private readonly post: (d: Delivery) => Promise<void>) {}

  add(target: string, payload: unknown): void {
    this.pending.push({ target, payload, failures: 0 });
  }

  async round(): Promise<void> {
    for (const delivery of this.pending.slice()) {
      if (delivery.failures >= this.limit) continue;
      try {
        await this.post(delivery);
        this.drop(delivery);
      } catch {
        delivery.failures++;
        if (delivery.failures >= this.limit) this.drop(delivery);
      }
    }
  }

  private drop(delivery: Delivery): void {
    const at = this.pending.indexOf(delivery);
    if (at >= 0) this.pending.splice(at, 1);
  }
}

export const hookRedelivery = new Redelivery(5, async () => undefined);
setInterval(() => void hookRedelivery.round(), 30_000).unref();
