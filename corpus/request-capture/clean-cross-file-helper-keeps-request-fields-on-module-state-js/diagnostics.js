// Counters for the /_status page, and what the last request asked for.
const status = { since: Date.now(), served: 0, lastUrl: null };

function noteRequest(req) {
  status.served += 1;
  status.lastUrl = req.originalUrl;
}

function snapshot() {
  return { uptime: Date.now() - status.since, served: status.served, lastUrl: status.lastUrl };
}

module.exports = { noteRequest, snapshot };
