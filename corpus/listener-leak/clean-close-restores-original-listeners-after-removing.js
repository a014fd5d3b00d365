// Closing takes the gateway's listeners off the shared server and puts back the ones it found
// there at start-up; the early returns come before anything was taken off or put back.
function closeGateway(gateway, callback) {
  gateway.flush(function done(err) {
    if (err) return callback(err);
    const server = gateway.server;
    if (!server) return callback();
    server.removeAllListeners('request');
    gateway.previous.forEach(function restore(listener) {
      server.on('request', listener);
    });
    callback();
  });
}

module.exports = { closeGateway };
