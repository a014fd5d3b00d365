// One HTTP/2 session to the upstream is shared by every request. Each request waits for its
// stream and, just in case, for an error on the whole session. The session rarely errors, so
// every request leaves its 'error' listener, and its reject function, on it.
const http2 = require('http2');

const session = http2.connect('https://upstream.internal');

function fetchPath(path) {
  return new Promise((resolve, reject) => {
    session.once('error', reject); // expect: listener-leak
    const stream = session.request({ ':path': path });
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

module.exports = { fetchPath };
