// The socket closes itself when it fails, and the effect's cleanup closes it on unmount and
// before the next room's socket opens.
import React, { useEffect, useState } from 'react';

export function RoomPresence({ room }: { room: string }) {
  const [present, setPresent] = useState<string[]>([]);

  useEffect(() => {
    const socket = new WebSocket(`wss://presence.example.com/rooms/${room}`);
    socket.onmessage = (event) => setPresent(JSON.parse(event.data));
    socket.onerror = () => socket.close();
    return () => socket.close();
  }, [room]);

  return <ul>{present.map((name) => <li key={name}>{name}</li>)}</ul>;
}
