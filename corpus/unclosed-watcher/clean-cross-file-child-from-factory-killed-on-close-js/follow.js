// `followJournal()` streams a unit's journal to a socket and kills the child when the socket
// closes, however it closes.
const { spawn } = require('node:child_process');

function startJournal(unit) {
  return spawn('journalctl', ['-f', '-o', 'cat', '-u', unit]);
}

function followJournal(socket, unit) {
  const journal = startJournal(unit);
  journal.stdout.on('data', (chunk) => socket.send(chunk.toString()));
  socket.on('close', () => journal.kill());
}

module.exports = { followJournal };
