import http from 'node:http';
import { Worker } from 'node:worker_threads';
import { ask, answered } from './bridge';

const worker = new Worker('./solver.js');
worker.on('message', answered);

http.createServer(async (req, res) => {
  try {
    res.end(await ask(worker, req.url ?? '/'));
  } catch (error) {
    res.statusCode = 504;
    res.end((error as Error).message);
  }
}).listen(8080);
