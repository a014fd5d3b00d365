import express = require('express');
import watchKey = require('./watch-key');
import { EventEmitter } from 'node:events';

const config = new EventEmitter();
const app = express();

app.get('/config/:key/watch', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const listener = watchKey(config, req.params.key, (change) => res.write(`data: ${JSON.stringify(change)}\n\n`));
  req.on('close', () => config.off('change', listener));
});

app.listen(3032);
