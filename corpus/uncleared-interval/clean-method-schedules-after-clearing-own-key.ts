type Refresh = (accountId: string) => Promise<void>;

export class BalanceRefresher {
  private readonly loops = new Map<string, ReturnType<typeof setInterval>>();

  constructor(private readonly refresh: Refresh, private readonly log: (msg: string) => void) {}

  watch(accountId: string, everySeconds: number): void {
    this.unwatch(accountId);
    const period = Math.max(5, everySeconds) * 1000;
    const loop = setInterval(() => {
      this.refresh(accountId).catch((err) => this.log(`refresh ${accountId}: ${err}`));
    }, period);
    this.loops.set(accountId, loop);
  }

  unwatch(accountId: string): void {
    const loop = this.loops.get(accountId);
    if (loop !== undefined) clearInterval(loop);
    this.loops.delete(accountId);
  }

  watching(): string[] {
    return [...this.loops.keys()];
  }
}
