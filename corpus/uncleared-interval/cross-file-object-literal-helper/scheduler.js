// A scheduling module exported as an object literal: `every` hands the interval's handle back.
const scheduler = {
  every(ms, fn) {
    return setInterval(fn, ms);
  },
  stop(handle) {
    clearInterval(handle);
  },
};

module.exports = scheduler;
