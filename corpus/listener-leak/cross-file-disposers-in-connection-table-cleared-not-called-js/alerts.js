// Each client follows alerts by symbol. The disposers live in a table of the connection, and
// only 'alerts:unfollow' calls one; 'disconnect' empties the table without calling them, so a
// client that just leaves stays subscribed to the shared feed.
const { Server } = require('socket.io');
const { AlertFeed } = require('./alert-feed');

const feed = new AlertFeed();
const io = new Server(3001);

io.on('connection', (socket) => {
  const following = new Map();

  socket.on('alerts:follow', (symbol) => {
    if (following.has(symbol)) return;
    const stop = feed.subscribe(symbol, (alert) => socket.emit('alert', alert)); // expect: listener-leak
    following.set(symbol, stop);
  });

  socket.on('alerts:unfollow', (symbol) => {
    const stop = following.get(symbol);
    if (!stop) return;
    stop();
    following.delete(symbol);
  });

  socket.on('disconnect', () => following.clear());
});

module.exports = { feed };
