'use strict';

// During a rolling deploy the server announces 'closing'; answers still in flight then ask
// their clients to reconnect elsewhere.
function releaseOnClosing(req, res) {
  const server = req.socket.server;
  const onClosing = () => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };
  server.once('closing', onClosing);
  return () => server.removeListener('closing', onClosing);
}

module.exports = { releaseOnClosing };
