import type { Store } from './select';

interface Prefs {
  theme: 'light' | 'dark';
  density: 'compact' | 'cosy';
}

let state: Prefs = { theme: 'light', density: 'cosy' };
const listeners = new Set<(s: Prefs) => void>();

export const prefs: Store<Prefs> = {
  getState: () => state,
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function setPrefs(next: Partial<Prefs>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l(state));
}
