// `followJournal()` streams a unit's journal to a socket; the child is killed only when the
// socket fails, so every viewer that simply closes leaves a `journalctl -f` running.
const { spawn } = require('node:child_process');

function startJournal(unit) {
  return spawn('journalctl', ['-f', '-o', 'cat', '-u', unit]);
}

function followJournal(socket, unit) {
  const journal = startJournal(unit);
  journal.stdout.on('data', (chunk) => socket.send(chunk.toString()));
  socket.on('error', () => journal.kill());
}

module.exports = { followJournal };
