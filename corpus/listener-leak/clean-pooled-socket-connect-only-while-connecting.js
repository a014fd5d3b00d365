// Connect latency is measured only for a socket that is still connecting: a socket the
// keep-alive agent reuses is already connected, so no 'connect' listener is added to it.
const https = require('https');

const agent = new https.Agent({ keepAlive: true, maxSockets: 32 });

function fetchQuote(symbol, metrics) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const req = https.get({ host: 'quotes.example.com', path: `/v1/${symbol}`, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('socket', (socket) => {
      if (!socket.connecting) return;
      socket.once('connect', () => metrics.record('connect_ms', Date.now() - started));
    });
    req.on('error', reject);
  });
}

module.exports = { fetchQuote };
