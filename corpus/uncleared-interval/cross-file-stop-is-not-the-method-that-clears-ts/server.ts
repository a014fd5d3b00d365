// Each connection's ticker is stopped when the socket closes, but stop() leaves the interval
// running: one more per connection, with the closed socket it keeps.
import { WebSocketServer } from "ws";
import { Ticker } from "./ticker";

const wss = new WebSocketServer({ port: 8080 });

wss.on("connection", (socket) => {
  const ticker = new Ticker(socket);
  ticker.start(); // expect: uncleared-interval
  socket.on("close", () => ticker.stop());
});
