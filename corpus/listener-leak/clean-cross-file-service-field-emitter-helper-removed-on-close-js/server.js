// Each WebSocket client follows a symbol and unfollows it when the socket closes.
const { WebSocketServer } = require('ws');
const { QuoteFeed } = require('./quotes');

const feed = new QuoteFeed();
const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws, req) => {
  const symbol = new URL(req.url, 'http://x').searchParams.get('symbol') || 'ACME';
  const listener = feed.follow(symbol, (quote) => ws.send(JSON.stringify(quote)));
  ws.on('close', () => feed.unfollow(listener));
});

module.exports = { feed };
