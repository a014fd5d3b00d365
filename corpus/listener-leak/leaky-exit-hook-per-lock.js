// Every lock taken during a request registers an exit hook to delete its lock file. The hook
// registry lives as long as the process, and the remover the registration returns is thrown
// away: a server that takes thousands of locks keeps thousands of hooks and their closures.
const fs = require('fs');
const onExit = require('signal-exit');

function takeLock(request, file) {
  fs.writeFileSync(file, String(process.pid));
  onExit(() => fs.rmSync(file, { force: true })); // expect: listener-leak
  return { file, owner: request.user };
}

module.exports = { takeLock };
