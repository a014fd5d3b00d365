// A helper starts a progress timer over the response it is handed and returns the handle;
// the handler clears it when the response closes, so nothing keeps the response afterwards.
import http, { ServerResponse } from 'node:http';

function startProgress(res: ServerResponse, everyMs = 1_000): NodeJS.Timeout {
  let percent = 0;
  return setInterval(() => {
    percent = Math.min(100, percent + 10);
    res.write(`progress ${percent}\n`);
  }, everyMs);
}

http.createServer(async (req, res) => {
  const ticker = startProgress(res);
  res.on('close', () => clearInterval(ticker));
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  res.end('done\n');
}).listen(8080);
