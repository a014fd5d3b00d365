// An error reporter keeps its last 50 breadcrumbs, each holding the whole request: the cap
// bounds how many, but each request stays alive long after it ended, body and socket included.
const MAX_BREADCRUMBS = 50;

class ErrorReporter {
  constructor() {
    this.breadcrumbs = [];
  }

  requestHandler() {
    return (req, res, next) => {
      this.breadcrumbs.push({ at: Date.now(), req }); // expect: request-capture
      if (this.breadcrumbs.length > MAX_BREADCRUMBS) this.breadcrumbs.shift();
      next();
    };
  }

  recent() {
    return this.breadcrumbs.map(({ at, req }) => ({ at, url: req.originalUrl }));
  }
}

module.exports = new ErrorReporter();
