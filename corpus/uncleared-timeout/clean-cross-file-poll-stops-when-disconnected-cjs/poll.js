'use strict';

// Pushes a job's progress to a socket every two seconds, until the socket goes away.
async function progressOf(jobId) {
  return { jobId, at: Date.now() };
}

function pushProgress(socket, jobId) {
  setTimeout(async () => {
    if (!socket.connected) return;
    socket.emit('progress', await progressOf(jobId));
    pushProgress(socket, jobId);
  }, 2000);
}

module.exports = { pushProgress };
