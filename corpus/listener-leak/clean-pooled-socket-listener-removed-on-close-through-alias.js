// A JSON client on a keep-alive agent: the idle listener on the pooled socket comes off when the
// request closes, which it does on every outcome, through the name the socket was kept under.
const https = require('node:https');

const agent = new https.Agent({ keepAlive: true });

function fetchJson(url, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { agent });
    let pooled = null;
    const onIdle = () => req.destroy(new Error('idle'));
    req.on('socket', (socket) => {
      pooled = socket;
      socket.setTimeout(timeoutMs);
      socket.on('timeout', onIdle);
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`status ${res.statusCode}`));
        return;
      }
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('close', () => {
      if (pooled) pooled.removeListener('timeout', onIdle);
    });
    req.on('error', reject);
  });
}

module.exports = { fetchJson };
