'use strict';

// Keeps the last `limit` results of `compute`, oldest first out.
function remember(compute, limit = 256) {
  const results = new Map();
  let reads = 0;
  function recall(input) {
    reads++;
    if (results.has(input)) return results.get(input);
    const output = compute(input);
    results.set(input, output);
    if (results.size > limit) {
      const first = results.keys().next();
      results.delete(first.value);
    }
    return output;
  }
  recall.stats = () => ({ size: results.size, reads });
  return recall;
}

module.exports = { remember };
