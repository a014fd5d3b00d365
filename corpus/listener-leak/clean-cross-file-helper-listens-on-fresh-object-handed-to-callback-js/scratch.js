'use strict';

const { EventEmitter } = require('events');

async function withProgress(work) {
  const progress = new EventEmitter();
  try {
    return await work(progress);
  } finally {
    progress.emit('done');
  }
}

function reportProgress(progress, label) {
  progress.on('step', (n) => console.log(`${label}: step ${n}`));
}

module.exports = { withProgress, reportProgress };
