// Each client may watch a symbol; the subscription ends only if the client asks to stop.
// One that disconnects (or watches twice) leaves a subscriber on the shared feed for good.
import { Server } from 'socket.io';
import { Subject, filter } from 'rxjs';

export const ticks$ = new Subject();
const io = new Server(3001);

io.on('connection', (socket) => {
  let watching = null;
  socket.on('watch', (symbol) => {
    watching = ticks$.pipe(filter((t) => t.symbol === symbol)).subscribe((t) => socket.emit('tick', t)); // expect: dropped-unsubscribe
  });
  socket.on('unwatch', () => {
    watching?.unsubscribe();
    watching = null;
  });
});
