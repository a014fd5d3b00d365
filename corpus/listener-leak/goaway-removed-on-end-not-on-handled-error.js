// A client that takes its 'goaway' listener off when the response ends, and rejects on a
// stream error without taking it off.
const http2 = require('node:http2');

const session = http2.connect('https://search.internal.example');

function lookup(term) {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': `/v2/lookup?q=${encodeURIComponent(term)}` });
    const onGoaway = () => reject(new Error(`session closed before ${term} was answered`));
    session.once('goaway', onGoaway); // expect: listener-leak
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => { body += chunk; });
    stream.on('end', () => {
      session.removeListener('goaway', onGoaway);
      resolve(JSON.parse(body));
    });
    stream.on('error', reject);
    stream.end();
  });
}

module.exports = { lookup };
