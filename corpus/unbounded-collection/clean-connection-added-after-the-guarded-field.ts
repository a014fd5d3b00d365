import { Server, type Socket } from 'socket.io';
import { verifyTicket } from './tickets';

const io = new Server(8081, { cors: { origin: true } });
export const sockets = new Map<string, Socket>();

io.on('connection', async (socket) => {
  socket.on('disconnect', () => {
    if (!socket.data.account) return;
    sockets.delete(socket.id);
    io.to(`account:${socket.data.account}`).emit('peer:left', socket.id);
  });
  try {
    const ticket = await verifyTicket(socket.handshake.auth.ticket);
    socket.data.account = ticket.account;
    sockets.set(socket.id, socket);
    socket.join(`account:${ticket.account}`);
  } catch (err) {
    socket.emit('auth:failed', (err as Error).message);
    socket.disconnect(true);
  }
});
