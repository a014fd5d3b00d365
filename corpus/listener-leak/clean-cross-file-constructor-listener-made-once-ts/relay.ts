// A relay listens on the bus it is handed, for as long as it exists, and has no way to stop.
import { EventEmitter } from 'node:events';

export class AuditRelay {
  private forwarded = 0;

  constructor(private readonly bus: EventEmitter, private readonly sink: (line: string) => void) {
    bus.on('audit', (entry: { actor: string; action: string }) => {
      this.forwarded += 1;
      this.sink(`${entry.actor} ${entry.action}`);
    });
  }

  count(): number {
    return this.forwarded;
  }
}
