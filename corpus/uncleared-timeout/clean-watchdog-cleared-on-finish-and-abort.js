// The same handler clears its watchdog before it answers, as well as on abort.
const http = require('http');

http.createServer(async (req, res) => {
  const watchdog = setTimeout(() => {
    res.statusCode = 504;
    res.end();
  }, 30000);
  req.on('aborted', () => clearTimeout(watchdog));
  const body = await render(req.url || '/');
  clearTimeout(watchdog);
  res.end(body);
}).listen(8097);

async function render(path) {
  return `<h1>${path}</h1>`;
}
