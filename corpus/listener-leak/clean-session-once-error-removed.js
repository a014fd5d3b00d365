// The same fetch removes its session listener as soon as the stream settles, either way.
const http2 = require('http2');

const session = http2.connect('https://upstream.internal');

function fetchPath(path) {
  return new Promise((resolve, reject) => {
    const fail = (err) => {
      session.removeListener('error', fail);
      reject(err);
    };
    session.once('error', fail);
    const stream = session.request({ ':path': path });
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      session.removeListener('error', fail);
      resolve(Buffer.concat(chunks));
    });
    stream.on('error', fail);
  });
}

module.exports = { fetchPath };
