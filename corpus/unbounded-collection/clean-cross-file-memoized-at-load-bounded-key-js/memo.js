'use strict';

// Remembers what `fn` returned for each distinct argument list; `clear()` forgets everything.
function memo(fn) {
  const seen = new Map();
  function remembered(...args) {
    const key = JSON.stringify(args);
    if (!seen.has(key)) seen.set(key, fn(...args));
    return seen.get(key);
  }
  remembered.clear = () => seen.clear();
  return remembered;
}

module.exports = { memo };
