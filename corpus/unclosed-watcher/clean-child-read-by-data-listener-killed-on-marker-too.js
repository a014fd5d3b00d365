// The twin: the ready branch kills the probe before it resolves.
'use strict';
const { spawn } = require('node:child_process');

function waitUntilReady(command, args) {
  return new Promise((resolve, reject) => {
    const probe = spawn(command, args);
    probe.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      if (text.includes('FATAL')) {
        probe.kill();
        reject(new Error(text));
      } else if (text.includes('ready')) {
        probe.kill();
        resolve();
      }
    });
    probe.on('error', reject);
  });
}

module.exports = { waitUntilReady };
