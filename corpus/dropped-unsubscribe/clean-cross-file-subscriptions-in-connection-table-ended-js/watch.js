// The same watches, all ended when the connection disconnects.
const { Server } = require('socket.io');
const { filter } = require('rxjs');
const { prices$ } = require('./prices');

const io = new Server(8090);

io.on('connection', (socket) => {
  const watching = new Map();

  socket.on('watch', (symbol) => {
    if (!watching.has(symbol)) {
      watching.set(symbol, prices$.pipe(filter((t) => t.symbol === symbol)).subscribe((t) => socket.emit('tick', t)));
    }
  });

  socket.on('unwatch', (symbol) => {
    const sub = watching.get(symbol);
    if (sub) sub.unsubscribe();
    watching.delete(symbol);
  });

  socket.on('disconnect', () => {
    for (const sub of watching.values()) sub.unsubscribe();
    watching.clear();
  });
});
