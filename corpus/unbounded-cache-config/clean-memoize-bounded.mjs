// Memoizers with a bound, and a lodash memoize whose cache the program manages.
import memoizee from 'memoizee';
import mem from 'mem';
import memoize from 'lodash/memoize';
import QuickLRU from 'quick-lru';

export const a = memoizee((x) => x * 2, { max: 100 });
export const b = memoizee((x) => x * 3, { maxAge: 1000 });
export const c = mem((x) => x * 4, { cache: new QuickLRU({ maxSize: 1000 }) });
export const d = memoize((x) => x * 5);
d.cache = new Map();
setInterval(() => d.cache.clear(), 60_000).unref();
