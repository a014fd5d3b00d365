// Each connection stops its tracker when the socket disconnects.
const { EventEmitter } = require('events');
const { Server } = require('socket.io');
const Tracker = require('./tracker');

const prices = new EventEmitter();
const io = new Server(4000);

io.on('connection', (socket) => {
  const tracker = new Tracker(socket.id);
  tracker.follow(prices, 'tick', (tick) => socket.emit('price', tick));
  socket.on('disconnect', () => tracker.stop());
});
