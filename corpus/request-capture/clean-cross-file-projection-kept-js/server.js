// Each request is tracked until its response is finished; the handler hands the request to
// the tracker's `add`, which is not a Set's `add`: it keeps a record, and `done` drops it.
const http = require('http');
const tracker = require('./tracker');

http.createServer((req, res) => {
  const record = tracker.add(req);
  res.on('finish', () => tracker.done(record));
  if (req.url === '/status') return res.end(JSON.stringify(tracker.list()));
  res.end('ok');
}).listen(8088);
