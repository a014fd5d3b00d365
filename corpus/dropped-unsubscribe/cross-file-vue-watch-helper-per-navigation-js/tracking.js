import { watch } from 'vue';

// Starts a watcher outside any component; only the handle it hands back stops it.
export function trackLocale(locale, send) {
  return watch(locale, (next, prev) => send({ type: 'locale', from: prev, to: next }));
}
