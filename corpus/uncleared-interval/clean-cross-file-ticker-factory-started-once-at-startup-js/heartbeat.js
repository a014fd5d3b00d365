// The process's own heartbeat: one ticker, started once when the module loads.
import { createTicker } from './ticker';

const heartbeat = createTicker(() => process.send?.({ type: 'alive', at: Date.now() }), 5000);
heartbeat.start();

export function stopHeartbeat() {
  heartbeat.stop();
}
