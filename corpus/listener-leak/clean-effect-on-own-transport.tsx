// The transport is the component's own (memoised once per mount) and the effect depends on it
// alone: one listener per transport, and both go when the component unmounts.
import { useEffect, useMemo, useState } from 'react';
import { EventEmitter } from 'events';

class Transport extends EventEmitter {
  close(): void {
    this.removeAllListeners();
  }
}

export function ConnectionBadge() {
  const transport = useMemo(() => new Transport(), []);
  const [online, setOnline] = useState(false);

  useEffect(() => {
    transport.on('up', () => setOnline(true));
    transport.on('down', () => setOnline(false));
  }, [transport]);

  useEffect(() => () => transport.close(), [transport]);

  return <span>{online ? 'online' : 'offline'}</span>;
}
