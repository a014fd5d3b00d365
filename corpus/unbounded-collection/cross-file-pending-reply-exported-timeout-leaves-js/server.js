const http = require('http');
const { Worker } = require('worker_threads');
const { ask, answered } = require('./bridge');

const worker = new Worker('./solver.js');
worker.on('message', answered);

http.createServer(async (req, res) => {
  try {
    res.end(String(await ask(worker, req.url))); // expect: unbounded-collection
  } catch (error) {
    res.statusCode = 504;
    res.end(error.message);
  }
}).listen(8080);
