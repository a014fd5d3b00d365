// distinctUntilChanged() only skips repeats; it never completes. Every connection's
// subscription to the module's subject stays after the socket is gone.
import { BehaviorSubject } from 'rxjs';
import { distinctUntilChanged, map } from 'rxjs/operators';
import type { Server, Socket } from 'socket.io';

const config$ = new BehaviorSubject<{ theme: string; banner: string }>({ theme: 'light', banner: '' });

export function attach(io: Server): void {
  io.on('connection', (socket: Socket) => {
    config$
      .pipe(map((c) => c.banner), distinctUntilChanged())
      .subscribe((banner) => socket.emit('banner', banner)); // expect: dropped-unsubscribe
  });
}
