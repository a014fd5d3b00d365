// Every request parks a closure over its own `req` in a module array that nobody drains:
// the array keeps every request object alive.
const restify = require('restify');

const server = restify.createServer();
let jobs = []; // expect: unbounded-collection

server.pre(function attachUser(req, res, next) {
  jobs.push(function describe() { // the captured request is part of the container's finding (one cause)
    return req.headers['user-agent'];
  });
  req.user = { id: 1, name: 'someone' };
  return next();
});

server.get('/', function (req, res, next) {
  res.send('hello ' + req.user.name);
  return next();
});

server.listen(8080);
