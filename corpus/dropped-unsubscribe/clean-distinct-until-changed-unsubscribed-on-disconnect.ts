// The same pipeline, with its subscription ended when the socket disconnects.
import { BehaviorSubject } from 'rxjs';
import { distinctUntilChanged, map } from 'rxjs/operators';
import type { Server, Socket } from 'socket.io';

const config$ = new BehaviorSubject<{ theme: string; banner: string }>({ theme: 'light', banner: '' });

export function attach(io: Server): void {
  io.on('connection', (socket: Socket) => {
    const subscription = config$
      .pipe(map((c) => c.banner), distinctUntilChanged())
      .subscribe((banner) => socket.emit('banner', banner));
    socket.on('disconnect', () => subscription.unsubscribe());
  });
}
