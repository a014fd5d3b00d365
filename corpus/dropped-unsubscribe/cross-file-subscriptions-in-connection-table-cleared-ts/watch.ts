// Per-connection watches on the shared price stream. 'unwatch' ends one; 'disconnect' only empties
// the table, so every watch of a client that leaves stays subscribed, holding its socket.
import { Server } from "socket.io";
import { filter } from "rxjs";
import { prices$ } from "./prices";
import type { Subscription } from "rxjs";

const io = new Server(8090);

io.on("connection", (socket) => {
  const watching = new Map<string, Subscription>();

  socket.on("watch", (symbol: string) => {
    if (!watching.has(symbol)) {
      watching.set(symbol, prices$.pipe(filter((t) => t.symbol === symbol)).subscribe((t) => socket.emit("tick", t))); // expect: dropped-unsubscribe
    }
  });

  socket.on("unwatch", (symbol: string) => {
    watching.get(symbol)?.unsubscribe();
    watching.delete(symbol);
  });

  socket.on("disconnect", () => watching.clear());
});
