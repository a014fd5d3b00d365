// Audit thunks are collected per request and written out in a batch every ten seconds: each
// thunk keeps its whole request (and under load, ten seconds' worth of them) until the flush.
const restify = require('restify');

const batch = [];
const server = restify.createServer();

server.pre((req, res, next) => {
  batch.push(() => ({ path: req.getPath(), headers: req.headers })); // expect: request-capture
  return next();
});

setInterval(() => {
  const due = batch.splice(0, batch.length);
  for (const describe of due) console.log(JSON.stringify(describe()));
}, 10_000).unref();

server.listen(8080);
