'use strict';

const { Server } = require('socket.io');
const { board } = require('./sessions');

const io = new Server(3001);

io.on('connection', (socket) => {
  board.open(socket.id, socket.handshake.auth.userId);
  socket.on('disconnect', () => board.close(socket.id));
});
