type Verdict = 'handled' | 'timeout';

export class InvoiceWorker {
  constructor(private readonly handle: (invoice: unknown) => Promise<void>) {}

  async onMessage(body: string): Promise<Verdict> {
    const invoice = JSON.parse(body);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<Verdict>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), 30_000);
    });
    try {
      return await Promise.race<Verdict>([deadline, this.handle(invoice).then((): Verdict => 'handled')]);
    } finally {
      clearTimeout(timer);
    }
  }
}
