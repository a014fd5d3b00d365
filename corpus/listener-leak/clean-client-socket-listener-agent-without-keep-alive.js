// The gateway's agent is made without keep-alive (Node's default for `new Agent()`): each
// request gets its own socket, which closes with it, so the socket's listener goes too.
const https = require('https');

const agent = new https.Agent({ maxSockets: 50 });

function charge(payload) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'payments.example.net', path: '/v1/charges', method: 'POST', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('socket', (socket) => {
      socket.on('timeout', () => req.destroy(new Error('gateway timeout')));
    });
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

module.exports = { charge };
