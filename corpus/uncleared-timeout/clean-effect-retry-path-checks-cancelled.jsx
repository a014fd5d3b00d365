// The effect's loop checks `stopped` on both paths before it re-arms.
import { useEffect, useState } from 'react';

export function QueueDepth({ queue }) {
  const [depth, setDepth] = useState(null);

  useEffect(() => {
    let stopped = false;
    let nextPoll;
    let nextRetry;

    async function load() {
      try {
        const res = await fetch(`/api/queues/${queue}/depth`);
        const body = await res.json();
        if (stopped) return;
        setDepth(body.depth);
        nextPoll = setTimeout(load, 5000);
      } catch (err) {
        if (stopped) return;
        nextRetry = setTimeout(load, 15000);
      }
    }

    load();
    return () => {
      stopped = true;
      clearTimeout(nextPoll);
      clearTimeout(nextRetry);
    };
  }, [queue]);

  return <output>{depth ?? '…'}</output>;
}
