// Each command adds a progress listener to the module's bus, but only the 'export' case takes it
// off again; 'import' and unknown commands leave theirs.
'use strict';
const { EventEmitter } = require('node:events');
const express = require('express');

const progress = new EventEmitter();
const app = express();

app.post('/commands/:kind', async (req, res) => {
  const onProgress = (pct) => res.write(`${pct}\n`);
  progress.on('progress', onProgress); // expect: listener-leak
  switch (req.params.kind) {
    case 'export':
      await new Promise((resolve) => setTimeout(resolve, 10));
      progress.off('progress', onProgress);
      break;
    case 'import':
      await new Promise((resolve) => setTimeout(resolve, 10));
      break;
    default:
      break;
  }
  res.end('done');
});

app.listen(3100);
