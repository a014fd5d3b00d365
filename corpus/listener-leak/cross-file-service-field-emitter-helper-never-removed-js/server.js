// Each WebSocket client follows a symbol, and nothing takes its listener off the feed when it
// leaves: the feed keeps every client's socket alive through `send`.
const { WebSocketServer } = require('ws');
const { QuoteFeed } = require('./quotes');

const feed = new QuoteFeed();
const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws, req) => {
  const symbol = new URL(req.url, 'http://x').searchParams.get('symbol') || 'ACME';
  feed.follow(symbol, (quote) => ws.send(JSON.stringify(quote))); // expect: listener-leak
});

module.exports = { feed };
