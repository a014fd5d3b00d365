// A typed parameter is request-like wherever it appears: this helper is called per request.
import type { IncomingMessage } from 'node:http';
import { EventEmitter } from 'node:events';

export const metrics = new EventEmitter();

export function trackLatency(req: IncomingMessage): void {
  const started = Date.now();
  metrics.on('flush', () => { // expect: listener-leak
    console.log(req.url, Date.now() - started);
  });
}
