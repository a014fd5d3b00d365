// The effect's loop checks `stopped` after a good fetch, but a failed one re-arms the retry
// without looking, into a timer the cleanup never clears.
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
        nextRetry = setTimeout(load, 15000); // expect: uncleared-timeout
      }
    }

    load();
    return () => {
      stopped = true;
      clearTimeout(nextPoll);
    };
  }, [queue]);

  return <output>{depth ?? '…'}</output>;
}
