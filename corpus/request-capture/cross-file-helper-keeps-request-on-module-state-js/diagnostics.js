// Counters for the /_status page, and the last request seen, for debugging.
const status = { since: Date.now(), served: 0, last: null };

function noteRequest(req) {
  status.served += 1;
  status.last = req;
}

function snapshot() {
  return { uptime: Date.now() - status.since, served: status.served, lastUrl: status.last && status.last.url };
}

module.exports = { noteRequest, snapshot };
