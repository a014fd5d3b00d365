// A presence panel listens on the app's one socket.io client. Its cleanup removes the handler
// only while the socket is connected: unmounted during an outage, the panel leaves its handler,
// and the state setter it closes over, on the shared socket.
import { useEffect, useState } from "react";
import { socket } from "./socket";

export function PresencePanel({ roomId }: { roomId: string }) {
  const [users, setUsers] = useState<string[]>([]);
  useEffect(() => {
    const onPresence = (list: string[]) => setUsers(list);
    socket.on(`presence:${roomId}`, onPresence); // expect: listener-leak
    return () => {
      if (socket.connected) {
        socket.emit("presence:leave", roomId);
        socket.off(`presence:${roomId}`, onPresence);
      }
    };
  }, [roomId]);
  return <ul>{users.map((u) => <li key={u}>{u}</li>)}</ul>;
}
