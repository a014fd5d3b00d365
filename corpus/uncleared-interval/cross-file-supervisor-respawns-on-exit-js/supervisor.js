const cluster = require('cluster');

function watch(worker) {
  const check = setInterval(() => {
    if (!worker.isConnected()) console.warn(`worker ${worker.id} lost its channel`);
  }, 5000);
  worker.on('error', () => clearInterval(check));
}

function respawn() {
  const worker = cluster.fork();
  watch(worker);
}

function start(size) {
  for (let i = 0; i < size; i++) respawn();
  cluster.on('exit', (worker, code) => {
    if (code !== 0) setTimeout(respawn, 1000); // expect: uncleared-interval
  });
}

module.exports = { start };
