// A memoize factory keeps one Map per memoized function; the function it returns adds an
// entry for every new argument and nothing ever evicts one. Created once at module level,
// `slugFor` grows with every distinct title it ever sees.
function memoize(fn) {
  const cache = new Map(); // expect: unbounded-collection
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key);
  };
}

export const slugFor = memoize((title) => title.toLowerCase().replace(/\W+/g, '-'));
