// An HTTP client reports upload progress once the socket connects. With a keep-alive agent the
// request usually gets a socket that connected long ago and will never emit 'connect' again:
// every upload leaves a listener (holding its request and emitter) on the pooled socket.
const https = require('node:https');
const { EventEmitter } = require('node:events');

const agent = new https.Agent({ keepAlive: true });

function upload(url, body) {
  const progress = new EventEmitter();
  const clientRequest = https.request(url, { method: 'PUT', agent });
  clientRequest.on('socket', () => watchUpload(clientRequest, progress, body.length));
  clientRequest.end(body);
  return progress;
}

function watchUpload(req, progress, total) {
  req.socket.once('connect', () => { // expect: listener-leak
    progress.emit('progress', { sent: req.socket.bytesWritten, total });
  });
}

module.exports = { upload };
