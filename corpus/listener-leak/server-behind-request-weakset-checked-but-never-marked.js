const summaries = new WeakSet();

function requestLog(log) {
  return (req, res, next) => {
    const server = req.socket.server;
    if (server && !summaries.has(server)) {
      server.once('close', () => log.info('server closed')); // expect: listener-leak
    }
    next();
  };
}

module.exports = { requestLog };
