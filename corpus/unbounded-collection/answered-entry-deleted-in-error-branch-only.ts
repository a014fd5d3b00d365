import WebSocket from 'ws';

interface Waiting {
  settle(value: unknown): void;
  fail(error: Error): void;
}

interface Frame {
  ref: string;
  ok: boolean;
  body?: unknown;
  reason?: string;
}

export class PriceOracle {
  private readonly waiting = new Map<string, Waiting>(); // expect: unbounded-collection
  private counter = 0;

  constructor(private readonly ws: WebSocket) {
    ws.on('message', (raw) => this.onFrame(JSON.parse(String(raw)) as Frame));
  }

  quote(pair: string): Promise<unknown> {
    const ref = `q${++this.counter}`;
    return new Promise((settle, fail) => {
      this.waiting.set(ref, { settle, fail });
      this.ws.send(JSON.stringify({ ref, pair }));
    });
  }

  private onFrame(frame: Frame): void {
    const entry = this.waiting.get(frame.ref);
    if (!entry) return;
    if (!frame.ok) {
      this.waiting.delete(frame.ref);
      entry.fail(new Error(frame.reason ?? 'quote refused'));
      return;
    }
    entry.settle(frame.body);
  }
}

const oracle = new PriceOracle(new WebSocket('wss://oracle.example/feed'));

export async function priceHandler(req: { query: { pair: string } }, res: { json(v: unknown): void }): Promise<void> {
  res.json(await oracle.quote(req.query.pair));
}
