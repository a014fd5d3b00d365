// The same memo helper keyed by the theme exactly as the client sent it: any string a client
// makes up adds a page for good.
const http = require('http');

const pages = new Map(); // expect: unbounded-collection

function memo(key, render) {
  if (!pages.has(key)) pages.set(key, render());
  return pages.get(key);
}

http.createServer((req, res) => {
  const theme = new URL(req.url, 'http://localhost').searchParams.get('theme') || 'light';
  res.end(memo(theme, () => `<html data-theme="${theme}"></html>`));
}).listen(3901);
