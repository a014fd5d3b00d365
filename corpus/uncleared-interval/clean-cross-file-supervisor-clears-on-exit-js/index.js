const cluster = require('cluster');
const { start } = require('./supervisor');

if (cluster.isMaster) {
  start(2);
}
