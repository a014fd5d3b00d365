// Other `watch` functions: a local helper, and fs/promises' async iterator with a signal.
import { watch as watchAsync } from 'node:fs/promises';

function watch(store, key, fn) {
  return store.subscribe(key, fn);
}

export async function observe(store, signal) {
  watch(store, 'user', () => {});
  for await (const event of watchAsync('.', { signal })) console.log(event.filename);
}
