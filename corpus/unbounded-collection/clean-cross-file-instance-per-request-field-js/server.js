// Each request gets its own cache (for the fragments of one page), which goes with the request.
const http = require('http');
const { PageCache } = require('./page-cache');

http.createServer((req, res) => {
  const fragments = new PageCache();
  for (const part of ['header', 'body', 'footer']) {
    fragments.remember(`${req.url}#${part}`, `<div>${part}</div>`);
  }
  res.end(['header', 'body', 'footer'].map((p) => fragments.recall(`${req.url}#${p}`).html).join(''));
}).listen(3803);
