// The same generic wait, but the handler takes itself off once the awaited value has come.
import { EventEmitter } from 'node:events';

const deployments = new EventEmitter();

function waitFor<T>(target: EventEmitter, name: string, test: (value: T) => boolean): Promise<T> {
  return new Promise<T>((resolve) => {
    const onValue = (value: T) => {
      if (!test(value)) return;
      target.off(name, onValue);
      resolve(value);
    };
    target.on(name, onValue);
  });
}

export async function rollout(service: string): Promise<number> {
  deployments.emit('start', service);
  const ready = await waitFor<{ service: string; replicas: number }>(deployments, 'ready', (r) => r.service === service);
  return ready.replicas;
}
