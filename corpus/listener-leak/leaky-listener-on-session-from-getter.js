// Every push borrows the module's shared HTTP/2 session through its getter and adds a
// 'goaway' listener to it that nothing removes: the session outlives every push, and keeps
// each one's closure.
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
    s.on('goaway', () => reject(new Error(`push to ${token} cut off`))); // expect: listener-leak
    stream.on('response', (headers) => resolve(headers[':status']));
    stream.on('error', reject);
    stream.end(JSON.stringify(payload));
  });
}

module.exports = { push };
