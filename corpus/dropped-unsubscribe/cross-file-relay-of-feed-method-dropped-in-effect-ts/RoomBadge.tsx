import React, { useEffect, useState } from 'react';
import { watchRoom } from './feed';

export function RoomBadge({ room }: { room: string }) {
  const [online, setOnline] = useState<string[]>([]);
  useEffect(() => {
    watchRoom(room, setOnline); // expect: dropped-unsubscribe
  }, [room]);
  return <span className="badge">{online.length}</span>;
}
