'use strict';
const { Server } = require('socket.io');
const { verifyTicket } = require('./tickets');

const io = new Server(8081, { cors: { origin: true } });
const sockets = new Map(); // expect: unbounded-collection

io.on('connection', async (socket) => {
  sockets.set(socket.id, socket);
  socket.on('disconnect', () => {
    if (!socket.data.account) return;
    sockets.delete(socket.id);
    io.to(`account:${socket.data.account}`).emit('peer:left', socket.id);
  });
  try {
    const ticket = await verifyTicket(socket.handshake.auth.ticket);
    socket.data.account = ticket.account;
    socket.join(`account:${ticket.account}`);
  } catch (err) {
    socket.emit('auth:failed', err.message);
    socket.disconnect(true);
  }
});

module.exports = { sockets };
