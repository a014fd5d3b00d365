// A memoize factory that bounds its Map: the oldest entry goes once the limit is reached.
function memoize(fn, limit = 500) {
  const cache = new Map();
  return (key) => {
    if (cache.has(key)) return cache.get(key);
    const value = fn(key);
    cache.set(key, value);
    if (cache.size > limit) cache.delete(cache.keys().next().value);
    return value;
  };
}

export const slugFor = memoize((title) => title.toLowerCase().replace(/\W+/g, '-'));
