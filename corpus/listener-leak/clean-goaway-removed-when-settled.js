// The same client, taking its 'goaway' listener off when the request ends.
const http2 = require('node:http2');

const session = http2.connect('https://api.example.com');

function get(path) {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': path });
    const onGoaway = () => reject(new Error(`session ended before ${path}`));
    session.once('goaway', onGoaway);
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => { body += chunk; });
    stream.on('end', () => {
      session.removeListener('goaway', onGoaway);
      resolve(body);
    });
  });
}

module.exports = { get };
