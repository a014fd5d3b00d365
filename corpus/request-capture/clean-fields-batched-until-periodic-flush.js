// The same batch, of plain records copied out of each request: the flush every ten seconds
// keeps two strings per request, not the request.
const restify = require('restify');

const batch = [];
const server = restify.createServer();

server.pre((req, res, next) => {
  const path = req.getPath();
  const agent = req.headers['user-agent'];
  batch.push({ path, agent });
  return next();
});

setInterval(() => {
  const due = batch.splice(0, batch.length);
  for (const record of due) console.log(JSON.stringify(record));
}, 10_000).unref();

server.listen(8080);
