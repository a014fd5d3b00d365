// A meter factory: what it hands out records durations in an array of its own closure.
export function createMeter(name) {
  const durations = [];

  function record(ms) {
    durations.push(ms);
  }

  function mean() {
    return durations.length ? durations.reduce((a, b) => a + b, 0) / durations.length : 0;
  }

  return { name, record, mean };
}
