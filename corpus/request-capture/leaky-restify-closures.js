// The seeds' example: each request leaves a closure over its whole `req` in a module array.
const restify = require('restify');

const server = restify.createServer();
const tasks = []; // expect: unbounded-collection

server.pre(function (req, res, next) {
  tasks.push(function () { // expect: request-capture
    return req.headers;
  });
  return next();
});

server.listen(8080);
