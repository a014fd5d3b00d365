'use strict';

const { RateWindow } = require('./rate-window');

function admit(window, limit) {
  window.record(Date.now());
  const allowed = window.count() <= limit;
  window.close();
  return allowed;
}

function throttle(limit) {
  return (req, res, next) => {
    const window = new RateWindow(60_000);
    if (!admit(window, limit)) {
      res.status(429).end();
      return;
    }
    next();
  };
}

module.exports = { throttle };
