// The capped breadcrumbs keep only the fields the reporter sends, not the request.
const MAX_BREADCRUMBS = 50;

class ErrorReporter {
  constructor() {
    this.breadcrumbs = [];
  }

  requestHandler() {
    return (req, res, next) => {
      this.breadcrumbs.push({ at: Date.now(), method: req.method, url: req.originalUrl });
      if (this.breadcrumbs.length > MAX_BREADCRUMBS) this.breadcrumbs.shift();
      next();
    };
  }
}

module.exports = new ErrorReporter();
