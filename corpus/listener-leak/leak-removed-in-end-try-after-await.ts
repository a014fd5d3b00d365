import { EventEmitter } from 'node:events';
import { Server, type Socket } from 'socket.io';
import { sessions } from './sessions';

const io = new Server(3000);
export const alerts = new EventEmitter();

io.on('connection', (socket: Socket) => {
  const forward = (alert: { id: string; level: string }) => socket.emit('alert', alert);
  alerts.on('raised', forward); // expect: listener-leak

  socket.on('disconnect', async () => {
    try {
      await sessions.touch(socket.data.userId as string, Date.now());
      alerts.off('raised', forward);
    } catch (err) {
      console.warn('session touch failed', (err as Error).message);
    }
  });
});
