// An error reporter asks a context provider for details when something fails; the middleware
// hands it a new provider on every request, and the reporter keeps the last one, with the
// whole request it closes over, until the next request replaces it.
const express = require('express');

class ErrorReporter {
  constructor(endpoint) {
    this.endpoint = endpoint;
    this.describe = () => ({});
  }

  useContext(describe) {
    this.describe = describe;
  }

  async report(err) {
    const body = JSON.stringify({ message: err.message, context: this.describe() });
    await fetch(this.endpoint, { method: 'POST', body });
  }
}

const reporter = new ErrorReporter(process.env.ERRORS_URL);
const app = express();

app.use((req, res, next) => {
  reporter.useContext(() => ({ url: req.originalUrl, headers: req.headers })); // expect: request-capture
  next();
});

app.use((err, req, res, next) => {
  reporter.report(err).catch(() => {});
  res.status(500).end();
});

app.listen(3000);
