// Every SETTINGS message (one per reconnect) starts another refresh interval: nothing records
// that one is already running, so reconnects pile them up.
const { io } = require('socket.io-client');

const socket = io('/board');
let lastSettings = null;

function refreshSession() {
  return fetch('/session/touch', { method: 'PUT' });
}

socket.on('message', (message) => {
  if (message.kind === 'SETTINGS') {
    lastSettings = message;
    setInterval(refreshSession, message.refreshMs); // expect: uncleared-interval
  }
});

module.exports = { current: () => lastSettings };

// A check on a reassigned parameter is validation, not a once-only guard.
function healthCheck(probe, interval) {
  interval = interval || 5000;
  if (isNaN(interval)) {
    throw new TypeError('interval must be a number');
  }
  setInterval(probe, interval);
}

socket.on('reconfigure', (settings) => healthCheck(settings.probe, settings.every)); // expect: uncleared-interval

// Storing the settings object is not a flag for one of its fields: every SETTINGS message on
// this channel starts one more interval.
const state = {};
socket.on('settings', (message) => {
  state.settings = message.data;
  if (state.settings.refreshMs) {
    setInterval(refreshSession, state.settings.refreshMs); // expect: uncleared-interval
  }
});

// A flag set before the test is configuration: every reporter created per tenant starts its
// own interval and none is ever cleared.
class Reporter {
  constructor(options) {
    this.enabled = options.enabled;
    if (this.enabled) {
      this.timer = setInterval(() => this.flush(), 10_000);
    }
  }

  flush() {}
}

socket.on('tenant', (tenant) => new Reporter(tenant.options)); // expect: uncleared-interval
