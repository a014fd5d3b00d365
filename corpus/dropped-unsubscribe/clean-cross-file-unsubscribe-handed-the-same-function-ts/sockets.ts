import { Server } from 'socket.io';
import { alerts } from './alerts';

const io = new Server(4300);

io.on('connection', (socket) => {
  const { accountId } = socket.handshake.auth as { accountId: string };
  const forward = (alert: unknown) => socket.emit('alert', alert);
  alerts.subscribe(accountId, forward);
  socket.on('disconnect', () => alerts.unsubscribe(accountId, forward));
});
