// Captures the log lines emitted while one job runs, from the process-wide log bus.
const { EventEmitter } = require('events');

const logger = new EventEmitter();

function captureLogs(jobId) {
  const lines = [];
  const onLine = (line) => {
    if (line.jobId === jobId) lines.push(line);
  };
  logger.on('line', onLine);
  return {
    lines,
    stop() {
      logger.off('line', onLine);
    },
  };
}

module.exports = { captureLogs, logger };
