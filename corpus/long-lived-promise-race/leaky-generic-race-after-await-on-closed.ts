type Verdict = 'handled' | 'shutdown';

export class InvoiceWorker {
  private readonly stopped: Promise<Verdict>;
  private stop!: () => void;

  constructor(private readonly handle: (invoice: unknown) => Promise<void>) {
    this.stopped = new Promise<Verdict>((resolve) => {
      this.stop = () => resolve('shutdown');
    });
  }

  async onMessage(body: string): Promise<Verdict> {
    const invoice = JSON.parse(body);
    return await Promise.race<Verdict>([ // expect: long-lived-promise-race
      this.stopped,
      this.handle(invoice).then((): Verdict => 'handled'),
    ]);
  }

  close(): void {
    this.stop();
  }
}
