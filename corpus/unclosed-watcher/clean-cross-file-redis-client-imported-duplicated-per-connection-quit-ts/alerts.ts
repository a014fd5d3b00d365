// Each socket gets its own pub/sub connection, quit when that socket disconnects.
import { Server } from 'socket.io';
import { redisClient } from './clients';

const io = new Server(4012, { path: '/alerts' });

io.on('connection', (socket) => {
  const subscriber = redisClient.duplicate();
  void subscriber.subscribe('alerts');
  subscriber.on('message', (_channel: string, raw: string) => socket.emit('alert', JSON.parse(raw)));
  socket.on('disconnect', () => void subscriber.quit());
});
