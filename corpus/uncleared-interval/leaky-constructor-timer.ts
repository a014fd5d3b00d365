// clearInterval appears in the file, but for another field: the refresh timer of every
// instance runs forever. A matcher that only asks "is there a clearInterval?" misses it.
import { EventEmitter } from 'node:events';

export class TokenCache extends EventEmitter {
  private refreshTimer: NodeJS.Timeout;
  private statsTimer?: NodeJS.Timeout;

  constructor(private readonly fetchToken: () => Promise<string>) {
    super();
    this.refreshTimer = setInterval(() => this.refresh(), 60_000); // expect: uncleared-interval
    this.statsTimer = setInterval(() => this.emit('stats'), 10_000);
  }

  async refresh(): Promise<void> {
    this.emit('token', await this.fetchToken());
  }

  close(): void {
    clearInterval(this.statsTimer);
  }
}
