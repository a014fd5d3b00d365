// The room's listeners are all removed when the last client leaves.
const { EventEmitter } = require('events');
const net = require('net');

const room = new EventEmitter();

net.createServer((socket) => {
  room.on('say', (line) => socket.write(line));
  socket.on('data', (line) => room.emit('say', line));
  socket.on('close', () => room.removeAllListeners('say'));
}).listen(7000);
