import express = require('express');
import watchKey = require('./watch-key');
import { EventEmitter } from 'node:events';

const config = new EventEmitter();
const app = express();

app.get('/config/:key/watch', (req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  watchKey(config, req.params.key, (change) => res.write(`data: ${JSON.stringify(change)}\n\n`)); // expect: listener-leak
});

app.listen(3032);
