// A watcher per project, started when a project is opened and stopped when it is closed; the
// stop takes its SIGTERM hook off when it runs first. The server's own hook is set once.
const chokidar = require('chokidar');

function watchProject(root, onChange) {
  const watcher = chokidar.watch(root, { ignoreInitial: true });
  watcher.on('all', onChange);
  const stop = () => {
    process.off('SIGTERM', stop);
    return watcher.close();
  };
  process.once('SIGTERM', stop);
  return { stop };
}

function startServer(server) {
  const close = () => server.close();
  process.once('SIGTERM', close);
  return server;
}

module.exports = { watchProject, startServer };
