// The effect opens a socket on every change of the room and closes it only when the socket
// itself fails; a healthy socket outlives the component, still calling back into its state.
import React, { useEffect, useState } from 'react';

export function RoomPresence({ room }: { room: string }) {
  const [present, setPresent] = useState<string[]>([]);

  useEffect(() => {
    const socket = new WebSocket(`wss://presence.example.com/rooms/${room}`); // expect: unclosed-watcher
    socket.onmessage = (event) => setPresent(JSON.parse(event.data));
    socket.onerror = () => socket.close();
  }, [room]);

  return <ul>{present.map((name) => <li key={name}>{name}</li>)}</ul>;
}
