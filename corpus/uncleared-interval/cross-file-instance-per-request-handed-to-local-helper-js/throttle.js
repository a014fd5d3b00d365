'use strict';

const { RateWindow } = require('./rate-window');

function admit(window, limit) {
  window.record(Date.now());
  return window.count() <= limit;
}

function throttle(limit) {
  return (req, res, next) => {
    const window = new RateWindow(60_000); // expect: uncleared-interval
    if (!admit(window, limit)) {
      res.status(429).end();
      return;
    }
    next();
  };
}

module.exports = { throttle };
