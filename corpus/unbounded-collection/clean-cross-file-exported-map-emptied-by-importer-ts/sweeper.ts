// ...but another module sweeps out the clients that stopped beating, so the Map holds the
// clients of the last minute only. A naive matcher that reads server.ts alone flags the add.
import { lastSeen } from './presence';

export function startSweeper(): void {
  setInterval(() => {
    const cutoff = Date.now() - 60_000;
    for (const [id, at] of lastSeen) {
      if (at < cutoff) lastSeen.delete(id);
    }
  }, 10_000).unref();
}
