import net from 'node:net';

/** Newline-delimited requests over one long-lived connection to the pricing engine. */
export class PricingLink {
  private readonly socket = net.connect({ host: 'pricing.internal', port: 7400 });
  private readonly waiting = new Map<number, (price: number) => void>(); // expect: unbounded-collection
  private seq = 0;

  constructor() {
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line: string) => {
      const { seq, price } = JSON.parse(line) as { seq: number; price: number };
      this.waiting.get(seq)?.(price);
    });
  }

  async quote(sku: string, timeoutMs = 2_000): Promise<number> {
    const seq = ++this.seq;
    let timer: NodeJS.Timeout | undefined;
    const answer = new Promise<number>((resolve, reject) => {
      this.waiting.set(seq, resolve);
      timer = setTimeout(() => reject(new Error(`quote for ${sku} timed out`)), timeoutMs);
    });
    this.socket.write(`${JSON.stringify({ seq, sku })}\n`);
    const price = await answer;
    clearTimeout(timer);
    this.waiting.delete(seq);
    return price;
  }
}
