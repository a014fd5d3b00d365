// The same commands take the listener off after the switch, whichever case ran.
import { EventEmitter } from 'node:events';
import express from 'express';

const progress = new EventEmitter();
const app = express();

app.post('/commands/:kind', async (req, res) => {
  const onProgress = (pct: number) => res.write(`${pct}\n`);
  progress.on('progress', onProgress);
  try {
    switch (req.params.kind) {
      case 'export':
        await new Promise((resolve) => setTimeout(resolve, 10));
        break;
      case 'import':
        await new Promise((resolve) => setTimeout(resolve, 10));
        break;
      default:
        break;
    }
  } finally {
    progress.off('progress', onProgress);
  }
  res.end('done');
});

app.listen(3100);
