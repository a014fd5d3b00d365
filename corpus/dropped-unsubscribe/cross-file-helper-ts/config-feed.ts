// A module that owns the configuration feed. `followConfig` hands the Subscription back;
// `onConfig` drops it, so only callers that run once may use it.
import { BehaviorSubject, Subscription } from 'rxjs';

const config$ = new BehaviorSubject<Record<string, string>>({});

export function followConfig(cb: (config: Record<string, string>) => void): Subscription {
  return config$.subscribe(cb);
}

export function onConfig(cb: (config: Record<string, string>) => void): void {
  config$.subscribe(cb);
}

export function setConfig(next: Record<string, string>): void {
  config$.next(next);
}
