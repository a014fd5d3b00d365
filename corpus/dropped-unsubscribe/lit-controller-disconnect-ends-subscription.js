// The same controller, in JavaScript: the host's disconnect ends the subscription.
import { prices } from './prices.js';

export class PriceController {
  constructor(host) {
    this.host = host;
    this.value = 0;
    host.addController(this);
  }

  hostConnected() {
    this.stop = prices.subscribe((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }

  hostDisconnected() {
    this.stop?.();
    this.stop = undefined;
  }
}
