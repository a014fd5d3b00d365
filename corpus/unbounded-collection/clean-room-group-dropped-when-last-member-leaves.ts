// Chat rooms keyed by the name a client asks for: each room's set of members loses the client
// when its socket closes, and the room itself goes when its last member has left. A room that
// still has members stays because it is still in use.
import { WebSocketServer, WebSocket } from "ws";

interface Member {
  socket: WebSocket;
  nick: string;
}

const rooms = new Map<string, Set<Member>>();
const wss = new WebSocketServer({ port: 8081 });

function announce(room: string, text: string): void {
  for (const member of rooms.get(room) ?? []) member.socket.send(text);
}

wss.on("connection", (socket, req) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const room = url.searchParams.get("room") ?? "lobby";
  const member: Member = { socket, nick: url.searchParams.get("nick") ?? "guest" };
  if (!rooms.has(room)) rooms.set(room, new Set());
  rooms.get(room)!.add(member);

  socket.on("message", (data) => announce(room, `${member.nick}: ${String(data).slice(0, 500)}`));
  socket.on("close", () => {
    const members = rooms.get(room);
    members?.delete(member);
    if (members && members.size === 0) rooms.delete(room);
    announce(room, `${member.nick} left`);
  });
});
