// Rooms whose member sets are read with a non-null assertion in the close listener: the room
// goes with its last member.
import { WebSocketServer, WebSocket } from "ws";

const rooms = new Map<string, Set<WebSocket>>();
const wss = new WebSocketServer({ port: 8082 });

wss.on("connection", (ws, req) => {
  const room = new URL(req.url ?? "/", "http://localhost").searchParams.get("room") ?? "lobby";
  let members = rooms.get(room);
  if (!members) {
    members = new Set();
    rooms.set(room, members);
  }
  members.add(ws);

  ws.on("message", (data) => {
    for (const peer of members!) if (peer !== ws) peer.send(String(data));
  });

  ws.on("close", () => {
    members!.delete(ws);
    if (members!.size === 0) rooms.delete(room);
  });
});
