'use strict';

const { JobBoard } = require('./jobs');

const board = new JobBoard();

async function handle(job) {
  board.start(job.id, { kind: job.kind });
  try {
    await job.run();
  } finally {
    board.finish(job.id);
  }
}

process.once('SIGTERM', () => board.shutdown());
module.exports = { handle };
