// The project's feature flags, one BehaviorSubject for the whole process.
import { BehaviorSubject } from 'rxjs';

export interface FeatureFlags {
  [flag: string]: boolean;
}

export const flags$ = new BehaviorSubject<FeatureFlags>({});
