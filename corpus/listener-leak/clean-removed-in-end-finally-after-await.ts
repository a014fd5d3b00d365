import { EventEmitter } from 'node:events';
import { Server, type Socket } from 'socket.io';
import { sessions } from './sessions';

const io = new Server(3000);
export const alerts = new EventEmitter();

io.on('connection', (socket: Socket) => {
  const forward = (alert: { id: string; level: string }) => socket.emit('alert', alert);
  alerts.on('raised', forward);

  socket.on('disconnect', async () => {
    try {
      await sessions.touch(socket.data.userId as string, Date.now());
    } catch (err) {
      console.warn('session touch failed', (err as Error).message);
    } finally {
      alerts.off('raised', forward);
    }
  });
});
