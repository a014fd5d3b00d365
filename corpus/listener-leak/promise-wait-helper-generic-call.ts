// A generic wait helper in the same file, called with explicit type arguments. TypeScript's
// grammar reads `await waitFor<T>(...)` as a call of `await waitFor`; it is still the call.
import { EventEmitter } from 'node:events';

const deployments = new EventEmitter();

function waitFor<T>(target: EventEmitter, name: string, test: (value: T) => boolean): Promise<T> {
  return new Promise<T>((resolve) => {
    target.on(name, (value: T) => {
      if (test(value)) resolve(value);
    });
  });
}

export async function rollout(service: string): Promise<number> {
  deployments.emit('start', service);
  const ready = await waitFor<{ service: string; replicas: number }>(deployments, 'ready', (r) => r.service === service); // expect: listener-leak
  return ready.replicas;
}
