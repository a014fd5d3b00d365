// The factory's array is a sliding window: it never holds more than the last 500 samples.
'use strict';

function createMeter(name) {
  const window = [];
  return {
    name,
    record(ms) {
      window.push(ms);
      if (window.length > 500) window.shift();
    },
    last() {
      return window[window.length - 1];
    },
  };
}

module.exports = { createMeter };
