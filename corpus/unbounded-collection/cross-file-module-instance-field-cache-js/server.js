// One cache for the process, keyed by the URL the client asks for: every distinct URL, query
// strings included, adds a page that stays for good.
const http = require('http');
const { PageCache } = require('./page-cache');

const cache = new PageCache();

function render(url) {
  return `<h1>${url}</h1>`;
}

http.createServer((req, res) => {
  const hit = cache.recall(req.url);
  if (hit) return res.end(hit.html);
  const html = render(req.url);
  cache.remember(req.url, html); // expect: unbounded-collection
  res.end(html);
}).listen(3800);
