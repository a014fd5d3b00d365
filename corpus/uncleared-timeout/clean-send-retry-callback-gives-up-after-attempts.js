// Alerts pushed to each connected socket: a failed send is retried from the send callback
// with a growing delay, but only while the socket is open and fewer than five tries were made.
const { WebSocket } = require('ws');

const MAX_TRIES = 5;

function push(socket, payload, tries = 0) {
  socket.send(JSON.stringify(payload), (err) => {
    if (!err) return;
    if (socket.readyState !== WebSocket.OPEN || tries + 1 >= MAX_TRIES) return;
    setTimeout(() => push(socket, payload, tries + 1), 250 * 2 ** tries);
  });
}

function relayAlerts(wss, alerts) {
  alerts.on('alert', (alert) => {
    for (const socket of wss.clients) push(socket, { type: 'alert', alert });
  });
}

module.exports = { relayAlerts };
