// Registrations on a request's socket that do not pile up: one made only while the socket is
// still connecting (a reused socket is already connected), and one made once per socket, tracked
// in a set; plus `req.setTimeout`, which Node scopes to the request.
const https = require('node:https');

const tracked = new WeakSet();

function watchUpload(req, progress) {
  const socket = req.socket;
  if (socket.connecting) {
    socket.once('connect', () => progress.emit('connected'));
  } else {
    progress.emit('connected');
  }
  req.setTimeout(30_000, () => req.destroy());
}

function countConnections(req, stats) {
  if (!tracked.has(req.socket)) {
    tracked.add(req.socket);
    stats.open += 1;
    req.socket.on('close', () => { stats.open -= 1; });
  }
}

module.exports = { watchUpload, countConnections, https };
