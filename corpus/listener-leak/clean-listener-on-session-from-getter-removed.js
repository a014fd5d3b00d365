// The same push removes its 'goaway' listener from the shared session when its stream closes.
const http2 = require('http2');

let session = null;

function currentSession() {
  if (!session || session.closed || session.destroyed) {
    session = http2.connect('https://push.example.test');
  }
  return session;
}

function push(token, payload) {
  return new Promise((resolve, reject) => {
    const s = currentSession();
    const stream = s.request({ ':method': 'POST', ':path': `/device/${token}` });
    const onGoaway = () => reject(new Error(`push to ${token} cut off`));
    s.on('goaway', onGoaway);
    stream.on('close', () => s.off('goaway', onGoaway));
    stream.on('response', (headers) => resolve(headers[':status']));
    stream.on('error', reject);
    stream.end(JSON.stringify(payload));
  });
}

module.exports = { push };
