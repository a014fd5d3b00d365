// An error middleware, handed out by a factory another module registers, keeps the last 20
// failures with their whole requests for a diagnostics page.
const recentFailures = [];

function errorRecorder() {
  return (err, req, res, next) => {
    recentFailures.push({ at: Date.now(), error: err, req }); // expect: request-capture
    if (recentFailures.length > 20) recentFailures.shift();
    next(err);
  };
}

function failures() {
  return recentFailures.map((f) => ({ at: f.at, url: f.req.originalUrl, message: f.error.message }));
}

module.exports = { errorRecorder, failures };
