// The same panel removes its handler on every cleanup; only the message to the server waits
// for a live connection.
import { useEffect, useState } from "react";
import { socket } from "./socket";

export function PresencePanel({ roomId }) {
  const [users, setUsers] = useState([]);
  useEffect(() => {
    const onPresence = (list) => setUsers(list);
    socket.on(`presence:${roomId}`, onPresence);
    return () => {
      socket.off(`presence:${roomId}`, onPresence);
      if (socket.connected) socket.emit("presence:leave", roomId);
    };
  }, [roomId]);
  return <ul>{users.map((u) => <li key={u}>{u}</li>)}</ul>;
}
