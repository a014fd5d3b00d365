// With keep-alive, the agent hands the same socket to request after request, and each one adds
// another 'timeout' listener to it.
const https = require('https');

const agent = new https.Agent({ keepAlive: true, maxSockets: 50 });

function charge(payload) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'payments.example.net', path: '/v1/charges', method: 'POST', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('socket', (socket) => {
      socket.on('timeout', () => req.destroy(new Error('gateway timeout'))); // expect: listener-leak
    });
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

module.exports = { charge };
