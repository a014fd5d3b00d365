// Price alerts by symbol; subscribe() hands back what unsubscribes.
import { EventEmitter } from "node:events";

export class AlertFeed extends EventEmitter {
  subscribe(symbol: string, handler: (alert: unknown) => void): () => void {
    this.on(symbol, handler);
    return () => this.off(symbol, handler);
  }
}
