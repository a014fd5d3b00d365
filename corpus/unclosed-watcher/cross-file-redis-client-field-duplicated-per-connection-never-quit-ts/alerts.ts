// The gateway keeps the app's Redis client in a field and opens a pub/sub connection per socket;
// the socket's 'disconnect' only logs, so every client leaves a connection open.
import { Server, Socket } from 'socket.io';
import type { Redis } from 'ioredis';
import { redisClient } from './clients';

class AlertsGateway {
  constructor(private readonly redis: Redis) {}

  follow(socket: Socket): void {
    const subscriber = this.redis.duplicate();
    void subscriber.subscribe('alerts');
    subscriber.on('message', (_channel: string, raw: string) => socket.emit('alert', JSON.parse(raw)));
    socket.on('disconnect', (reason: string) => console.info('alerts client left', reason));
  }
}

const gateway = new AlertsGateway(redisClient);
const io = new Server(4013, { path: '/alerts' });

io.on('connection', (socket) => gateway.follow(socket)); // expect: unclosed-watcher
