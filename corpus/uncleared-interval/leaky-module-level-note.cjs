// A module-level interval runs once per process, so it is no pile-up, but it keeps the
// process from ever exiting on its own: reported as a note.
const stats = { requests: 0 };

setInterval(() => { // expect: uncleared-interval
  process.stdout.write(`requests: ${stats.requests}\n`);
  stats.requests = 0;
}, 60000);

module.exports = stats;
