'use strict';

const { Server } = require('socket.io');

const io = new Server(3000);

io.on('connection', (socket) => {
  const tickers = new Map();

  socket.on('command', ({ kind, symbol }) => {
    if (kind === 'start') {
      const ticker = setInterval(() => socket.emit('tick', { symbol, at: Date.now() }), 1000);
      tickers.set(symbol, ticker);
    } else if (kind === 'stop') {
      clearInterval(tickers.get(symbol));
      tickers.delete(symbol);
    }
  });

  socket.on('disconnect', () => {
    for (const ticker of tickers.values()) clearInterval(ticker);
    tickers.clear();
  });
});
