// Each 'room' message follows a new room and stores its disposer over the last one: the
// cleanup ends only the room followed last.
import { useEffect, useState } from 'react';
import { presence } from './presence';

export function RoomBadge({ socket }) {
  const [count, setCount] = useState(0);

  useEffect(() => {
    let leave;
    const onRoom = (room) => {
      leave = presence.follow(room, setCount); // expect: dropped-unsubscribe
    };
    socket.on('room', onRoom);
    return () => {
      socket.off('room', onRoom);
      if (leave) leave();
    };
  }, [socket]);

  return <span>{count}</span>;
}
