// An HTTP client watches the socket of every request for an early close, and takes the
// listener off only when the request is aborted. With a keep-alive agent the same socket
// serves request after request, and its 'close' listeners pile up, each holding a callback.
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
    socket.prependListener('close', onClose); // expect: listener-leak
    req.on('abort', () => socket.removeListener('close', onClose));
  });
}

module.exports = fetchJson;
