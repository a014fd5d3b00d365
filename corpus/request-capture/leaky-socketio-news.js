// Each socket.io connection subscribes to a module-level feed with a closure over its socket.
const { Server } = require('socket.io');
const { EventEmitter } = require('events');

const feed = new EventEmitter();
const io = new Server(3001);

io.on('connection', (socket) => {
  feed.on('news', (item) => socket.emit('news', item)); // expect: listener-leak
});
