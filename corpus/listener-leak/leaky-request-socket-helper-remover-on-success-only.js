// `onClientGone()` listens on the keep-alive socket under the request and hands back the only
// remover. The handler calls it after the lookup succeeds; a failed lookup answers 502 from the
// `catch` and leaves the listener (and `res`) on a socket that serves the next requests.
'use strict';
const http = require('node:http');

function onClientGone(req, res, abort) {
  const socket = req.socket;
  const listener = () => {
    if (!res.writableEnded) abort();
  };
  socket.on('close', listener);
  return () => socket.off('close', listener);
}

http.createServer(async (req, res) => {
  const controller = new AbortController();
  const forget = onClientGone(req, res, () => controller.abort()); // expect: listener-leak
  try {
    const upstream = await fetch('http://inventory.internal/stock', { signal: controller.signal });
    forget();
    res.end(await upstream.text());
  } catch (err) {
    res.statusCode = 502;
    res.end(String(err));
  }
}).listen(8088);
