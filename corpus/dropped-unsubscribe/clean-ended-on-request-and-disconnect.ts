// The same feed, whose subscription also ends when the client disconnects.
import { Server } from 'socket.io';
import { Subject, filter, type Subscription } from 'rxjs';

export const ticks$ = new Subject<{ symbol: string; price: number }>();
const io = new Server(3001);

io.on('connection', (socket) => {
  let watching: Subscription | null = null;
  socket.on('watch', (symbol: string) => {
    watching?.unsubscribe();
    watching = ticks$.pipe(filter((t) => t.symbol === symbol)).subscribe((t) => socket.emit('tick', t));
  });
  socket.on('unwatch', () => {
    watching?.unsubscribe();
    watching = null;
  });
  socket.on('disconnect', () => watching?.unsubscribe());
});
