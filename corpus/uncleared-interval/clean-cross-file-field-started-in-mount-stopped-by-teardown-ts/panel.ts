// The twin: destroy() stops the poller the mount started.
import { Poller } from './poller';

export class StatusPanel {
  private readonly poller = new Poller(5_000);

  constructor(private readonly host: HTMLElement) {}

  mount(): void {
    this.host.textContent = 'status';
    this.poller.start();
  }

  destroy(): void {
    this.poller.stop();
    this.host.textContent = '';
  }
}
