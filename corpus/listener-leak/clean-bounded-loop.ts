// Listeners added in a loop over configured addresses, once at start-up: bounded by the
// configuration, not by traffic.
import type { Server } from 'node:http';
import { createServer } from 'node:http';

export function listenAll(main: Server, addresses: string[]): void {
  for (const address of addresses) {
    const secondary = createServer();
    const closeSecondary = () => secondary.close();
    main.on('close', closeSecondary);
    main.on('error', closeSecondary);
    secondary.listen(8080, address);
  }
}
