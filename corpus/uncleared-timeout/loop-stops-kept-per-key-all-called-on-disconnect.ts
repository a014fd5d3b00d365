// The same ticker, in TypeScript: the connection's end calls every stop it still holds.
import { Server, Socket } from 'socket.io';
import { latest } from './quotes';

const io = new Server(4100);

function pollQuote(socket: Socket, symbol: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = true;
  const tick = async (): Promise<void> => {
    socket.emit('quote', await latest(symbol));
    if (active) timer = setTimeout(tick, 1500);
  };
  void tick();
  return () => {
    active = false;
    clearTimeout(timer);
  };
}

io.on('connection', (socket: Socket) => {
  const tracked = new Map<string, () => void>();
  socket.on('track', (symbol: string) => {
    if (tracked.has(symbol)) return;
    tracked.set(symbol, pollQuote(socket, symbol));
  });
  socket.on('untrack', (symbol: string) => {
    tracked.get(symbol)?.();
    tracked.delete(symbol);
  });
  socket.on('disconnect', () => {
    tracked.forEach((stop) => stop());
    tracked.clear();
  });
});
