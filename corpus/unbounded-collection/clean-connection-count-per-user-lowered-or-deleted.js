'use strict';

const { Server } = require('socket.io');

const io = new Server(3001);
const openTabs = new Map();

io.on('connection', (socket) => {
  const user = socket.handshake.auth.user;
  openTabs.set(user, (openTabs.get(user) || 0) + 1);
  socket.on('disconnect', () => {
    const left = openTabs.get(user) - 1;
    if (left <= 0) {
      openTabs.delete(user);
      io.emit('offline', user);
    } else {
      openTabs.set(user, left);
    }
  });
});
