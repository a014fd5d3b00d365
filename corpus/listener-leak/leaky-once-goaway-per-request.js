// One HTTP/2 session carries every request; each request waits on the session's 'goaway',
// which comes only when the server ends the session, so each settled request leaves its
// listener and its reject function on the session.
const http2 = require('node:http2');

const session = http2.connect('https://api.example.com');

function get(path) {
  return new Promise((resolve, reject) => {
    const stream = session.request({ ':path': path });
    session.once('goaway', () => reject(new Error(`session ended before ${path}`))); // expect: listener-leak
    let body = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => { body += chunk; });
    stream.on('end', () => resolve(body));
  });
}

module.exports = { get };
