// Each connection makes a tracker and follows the shared price feed, but never stops it: the
// feed keeps a listener, and the socket, for every connection ever made.
const { EventEmitter } = require('events');
const { Server } = require('socket.io');
const Tracker = require('./tracker');

const prices = new EventEmitter();
const io = new Server(4000);

io.on('connection', (socket) => {
  const tracker = new Tracker(socket.id);
  tracker.follow(prices, 'tick', (tick) => socket.emit('price', tick)); // expect: listener-leak
});
