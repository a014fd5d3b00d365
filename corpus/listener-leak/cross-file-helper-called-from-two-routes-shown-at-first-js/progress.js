// Relays a job's progress to a server-sent-events response. Both routes that use it run once
// per request: the finding is shown at the first call, the other call is named beside it.
const jobs = require('./jobs');

function relayProgress(res, jobId) {
  jobs.events.on('progress', (event) => {
    if (event.jobId === jobId) res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
}

module.exports = { relayProgress };
