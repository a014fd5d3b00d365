'use strict';

const { Server } = require('socket.io');
const { EventEmitter } = require('node:events');
const { sessions } = require('./sessions');

const io = new Server(3000);
const alerts = new EventEmitter();
module.exports = { alerts };

io.on('connection', (socket) => {
  const forward = (alert) => socket.emit('alert', alert);
  alerts.on('raised', forward); // expect: listener-leak

  socket.on('disconnect', async () => {
    try {
      await sessions.touch(socket.data.userId, Date.now());
      alerts.off('raised', forward);
    } catch (err) {
      console.warn('session touch failed', err.message);
    }
  });
});
