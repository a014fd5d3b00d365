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
