// One upstream socket for the whole process; each request's listener is removed by the helper.
const http = require('http');
const WebSocket = require('ws');
const { nextReply } = require('./wait');

const upstream = new WebSocket('wss://quotes.example/feed');
let counter = 0;

http.createServer(async (req, res) => {
  const id = ++counter;
  upstream.send(JSON.stringify({ id, symbol: req.url.slice(1) }));
  const quote = await nextReply(upstream, id);
  res.end(JSON.stringify(quote));
}).listen(8080);
