import { singleton } from 'tsyringe';

// Publishes the process's load figures for the admin page.
@singleton()
export class LoadGauge {
  private samples: number[] = [];
  private readonly ticker: NodeJS.Timeout;

  constructor() {
    this.ticker = setInterval(() => { // expect: uncleared-interval
      this.samples = [...this.samples.slice(-59), process.cpuUsage().user];
    }, 1_000);
  }

  latest(): number | undefined {
    return this.samples[this.samples.length - 1];
  }
}
