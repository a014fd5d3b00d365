// Helpers over the imported flags: `watchFlags` drops the Subscription, `followFlags` hands it back.
import { Subscription } from 'rxjs';
import { flags$, FeatureFlags } from './config';

export function watchFlags(fn: (flags: FeatureFlags) => void): void {
  flags$.subscribe(fn);
}

export function followFlags(fn: (flags: FeatureFlags) => void): Subscription {
  return flags$.subscribe(fn);
}
