// Alerts pushed to each connected socket: a failed send is retried from the send callback
// until it succeeds. A socket that has closed never succeeds, so its retries go on for good,
// each one keeping the socket and the payload.
function push(socket, payload, tries = 0) {
  socket.send(JSON.stringify(payload), (err) => {
    if (!err) return;
    setTimeout(() => push(socket, payload, tries + 1), Math.min(30000, 250 * 2 ** tries));
  });
}

function relayAlerts(wss, alerts) {
  alerts.on('alert', (alert) => {
    for (const socket of wss.clients) push(socket, { type: 'alert', alert }); // expect: uncleared-timeout
  });
}

module.exports = { relayAlerts };
