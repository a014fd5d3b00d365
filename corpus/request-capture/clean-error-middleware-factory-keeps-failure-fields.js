// The factory's error middleware keeps only what the diagnostics page shows.
const recentFailures = [];

function errorRecorder() {
  return (err, req, res, next) => {
    recentFailures.push({ at: Date.now(), message: err.message, url: req.originalUrl });
    if (recentFailures.length > 20) recentFailures.shift();
    next(err);
  };
}

module.exports = { errorRecorder, recentFailures };
