// Measures CPU load by reading the counters twice, a moment apart. The timer is the measure's
// own wait, not a deadline: nothing else settles the promise first but a failure to start.
const os = require('os');

module.exports = function sampleLoad(ms = 100) {
  return new Promise((resolve, reject) => {
    try {
      const before = os.cpus().map((cpu) => cpu.times);
      setTimeout(() => {
        const after = os.cpus().map((cpu) => cpu.times);
        resolve(after.map((t, i) => 1 - (t.idle - before[i].idle) / (t.user + t.sys + t.idle - before[i].user - before[i].sys - before[i].idle)));
      }, ms);
    } catch (err) {
      reject(err);
    }
  });
};
