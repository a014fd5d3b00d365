// The same client removes its socket listener when the request is over, on every path; a
// listener on the request itself inside its own 'socket' handler is added once per request.
const http = require('http');

const agent = new http.Agent({ keepAlive: true });

function fetchJson(url, callback) {
  const req = http.get(url, { agent }, (res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => callback(null, JSON.parse(body)));
  });
  req.on('socket', (socket) => {
    const onClose = () => callback(new Error('socket closed early'));
    socket.prependListener('close', onClose);
    req.on('close', () => socket.removeListener('close', onClose));
  });
}

module.exports = fetchJson;
