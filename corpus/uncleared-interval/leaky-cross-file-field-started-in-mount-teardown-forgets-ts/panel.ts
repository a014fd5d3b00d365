// Each panel starts a poller when it mounts; destroy() takes the panel's DOM down and forgets
// the poller, so every panel torn down leaves an interval running.
import { Poller } from './poller';

export class StatusPanel {
  private readonly poller = new Poller(5_000);

  constructor(private readonly host: HTMLElement) {}

  mount(): void {
    this.host.textContent = 'status';
    this.poller.start(); // expect: uncleared-interval
  }

  destroy(): void {
    this.host.textContent = '';
  }
}
