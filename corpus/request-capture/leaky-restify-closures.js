// The seeds' example: each request leaves a closure over its whole `req` in a module array.
const restify = require('restify');

const server = restify.createServer();
const tasks = []; // expect: unbounded-collection

server.pre(function (req, res, next) {
  tasks.push(function () { // the captured request is part of the container's finding (one cause)
    return req.headers;
  });
  return next();
});

server.listen(8080);
