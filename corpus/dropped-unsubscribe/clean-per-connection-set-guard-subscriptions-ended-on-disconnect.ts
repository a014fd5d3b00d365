// The same rooms, with each connection's subscriptions kept by room and ended when it leaves.
import { Server, type Socket } from "socket.io";
import { Subject, type Subscription } from "rxjs";

export const roomEvents$ = new Subject<{ room: string }>();
const io = new Server(3002);

io.on("connection", (socket: Socket) => {
  const joined = new Map<string, Subscription>();
  socket.on("join", (room: string) => {
    if (!joined.has(room)) {
      joined.set(room, roomEvents$.subscribe((event) => {
        if (event.room === room) socket.emit("room-event", event);
      }));
    }
  });
  socket.on("disconnect", () => {
    for (const subscription of joined.values()) subscription.unsubscribe();
    joined.clear();
  });
});
