// The seeds' example fixed: the closure keeps one string, not the request, and the array is
// drained by a worker.
const restify = require('restify');

const server = restify.createServer();
const tasks = [];

server.pre(function (req, res, next) {
  const agent = req.headers['user-agent'];
  tasks.push(function () {
    return agent;
  });
  return next();
});

setInterval(() => {
  while (tasks.length) tasks.shift()();
}, 1000).unref();
