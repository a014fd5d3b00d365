const summaries = new WeakSet();

function requestLog(log) {
  return (req, res, next) => {
    const started = Date.now();
    res.on('finish', () => log.info({ path: req.path, ms: Date.now() - started }));
    const server = req.socket.server;
    if (server && !summaries.has(server)) {
      summaries.add(server);
      server.once('close', () => log.info('server closed'));
    }
    next();
  };
}

module.exports = { requestLog };
