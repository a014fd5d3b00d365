// The same trail in TypeScript: a gateway notes every peer it is handed through a private
// helper, and the peers stay in the list after they disconnect.
import { Socket } from 'net';

interface Seen {
  peer: Socket;
  since: number;
}

export class Gateway {
  private readonly seen: Seen[] = []; // expect: unbounded-collection

  private remember(record: Seen): void {
    this.seen.push(record);
  }

  accept(peer: Socket): void {
    this.remember({ peer, since: Date.now() });
    peer.pipe(peer);
  }
}
