import { useEffect, useState } from 'react';
import { createTicker } from './ticker';

export function Clock({ zone }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const ticker = createTicker(() => setNow(new Date()), 1000);
    ticker.start();
    return () => ticker.stop();
  }, [zone]);
  return <time>{now.toLocaleTimeString('en-GB', { timeZone: zone })}</time>;
}
