// The same timings, but the helper waits for 'connect' only on a socket that is still
// connecting: a pooled socket handed out again is connected already and gets no listener.
const http = require("http");

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function timeConnect(socket, timings) {
  if (!socket.connecting) {
    timings.connected = 0;
    return;
  }
  socket.once("connect", () => {
    timings.connected = Date.now() - timings.start;
  });
}

function fetchStatus(host) {
  const timings = { start: Date.now() };
  return new Promise((resolve, reject) => {
    const req = http.get({ host, path: "/status", agent }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on("socket", (socket) => timeConnect(socket, timings));
    req.on("error", reject);
  });
}

module.exports = { fetchStatus };
