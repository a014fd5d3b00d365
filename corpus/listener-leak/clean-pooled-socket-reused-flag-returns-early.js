// Timing hooks go on a socket only while it connects: a reused keep-alive socket is already
// connected, so the flag read from `socket.connecting` sends every later request back early.
const https = require('https');

const agent = new https.Agent({ keepAlive: true, maxSockets: 16 });

function timed(url, report) {
  const started = Date.now();
  const phases = { reused: false, connected: 0, secured: 0 };
  const req = https.get(url, { agent }, (res) => {
    res.resume();
    res.on('end', () => report({ ...phases, total: Date.now() - started }));
  });
  req.on('socket', (socket) => {
    phases.reused = !socket.connecting;
    if (phases.reused) return;
    socket.once('connect', () => {
      phases.connected = Date.now() - started;
    });
    socket.once('secureConnect', () => {
      phases.secured = Date.now() - started;
    });
  });
  return req;
}

module.exports = { timed };
