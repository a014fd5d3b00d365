// A stock ticker over socket.io: each 'track' starts a polling loop for one symbol, and the
// loop's stop goes into a map of the connection; only 'untrack' calls it.
const { Server } = require('socket.io');
const quotes = require('./quotes');

const io = new Server(4100);

function pollQuote(socket, symbol) {
  let timer;
  let active = true;
  const tick = async () => {
    const quote = await quotes.latest(symbol);
    socket.emit('quote', quote);
    if (active) timer = setTimeout(tick, 1500);
  };
  tick();
  return () => {
    active = false;
    clearTimeout(timer);
  };
}

io.on('connection', (socket) => {
  const tracked = new Map();
  socket.on('track', (symbol) => {
    if (tracked.has(symbol)) return;
    tracked.set(symbol, pollQuote(socket, symbol)); // expect: uncleared-timeout
  });
  socket.on('untrack', (symbol) => {
    const stop = tracked.get(symbol);
    if (stop) stop();
    tracked.delete(symbol);
  });
  socket.on('disconnect', () => {
    console.log('left with %d symbols', tracked.size);
  });
});
