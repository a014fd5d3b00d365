// The same helper, with its remover called in `finally`: whichever way the lookup ends, the
// listener comes off the keep-alive socket before the next request uses it.
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
  const forget = onClientGone(req, res, () => controller.abort());
  try {
    const upstream = await fetch('http://inventory.internal/stock', { signal: controller.signal });
    res.end(await upstream.text());
  } catch (err) {
    res.statusCode = 502;
    res.end(String(err));
  } finally {
    forget();
  }
}).listen(8088);
