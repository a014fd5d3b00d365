// The same table, whose disposers all run when the client disconnects.
import { Server } from "socket.io";
import { AlertFeed } from "./alert-feed";

export const feed = new AlertFeed();
const io = new Server(3001);

io.on("connection", (socket) => {
  const following = new Map<string, () => void>();

  socket.on("alerts:follow", (symbol: string) => {
    if (following.has(symbol)) return;
    const stop = feed.subscribe(symbol, (alert) => socket.emit("alert", alert));
    following.set(symbol, stop);
  });

  socket.on("alerts:unfollow", (symbol: string) => {
    following.get(symbol)?.();
    following.delete(symbol);
  });

  socket.on("disconnect", () => {
    following.forEach((stop) => stop());
    following.clear();
  });
});
