// A Lit reactive controller that mirrors a store into its host; it subscribes on every
// connection of the host and forgets the subscription on disconnect.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { prices } from './prices';

export class PriceController implements ReactiveController {
  value = 0;
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = prices.subscribe((value: number) => { // expect: dropped-unsubscribe
      this.value = value;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.value = 0;
  }
}
