// The same memoised transport, but the effect also depends on `room`: every room change adds
// one more listener to the transport, which outlives each run of the effect.
import { useEffect, useMemo, useState } from 'react';
import { EventEmitter } from 'events';

export function RoomBadge({ room }: { room: string }) {
  const transport = useMemo(() => new EventEmitter(), []);
  const [count, setCount] = useState(0);

  useEffect(() => {
    transport.on('joined', (name: string) => { // expect: listener-leak
      if (name === room) setCount((n) => n + 1);
    });
  }, [transport, room]);

  return <span>{count}</span>;
}
