// A JSON client on a keep-alive agent: the idle listener on the pooled socket comes off in the
// body's 'end', which a non-200 answer never reaches (it returns first), so each failed call
// hands the socket back to the pool with one more listener.
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
      socket.on('timeout', onIdle); // expect: listener-leak
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        reject(new Error(`status ${res.statusCode}`));
        return;
      }
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        pooled.removeListener('timeout', onIdle);
        resolve(JSON.parse(body));
      });
    });
    req.on('error', reject);
  });
}

module.exports = { fetchJson };
