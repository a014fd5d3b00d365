// The guard tests a flag of the caller, not whether the socket is new: with tracing on, every
// request adds a 'connect' listener, and on a reused socket it never fires nor goes away.
const http = require('http');

const agent = new http.Agent({ keepAlive: true });

function call(path, tracing) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const req = http.get({ host: 'inventory.internal', path, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('socket', (socket) => {
      if (!tracing) return;
      socket.once('connect', () => console.log(`connected in ${Date.now() - started} ms`)); // expect: listener-leak
    });
    req.on('error', reject);
  });
}

module.exports = { call };
