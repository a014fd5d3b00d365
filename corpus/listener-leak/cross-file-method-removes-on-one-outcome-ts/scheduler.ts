import { SyncRun, SyncPlan } from './sync-run';

interface Ticker {
  on(event: 'tick', fn: (plan: SyncPlan) => void): void;
}

export function schedule(ticker: Ticker, log: (line: string) => void): void {
  ticker.on('tick', (plan) => {
    const run = new SyncRun(plan);
    run.on('synced', (n: number) => log(`${plan.source}: ${n} files`));
    run.launch(); // expect: listener-leak
  });
}
