// The loop checks the cleanup's flag on both ways through the try before it re-arms after it,
// and the cleanup clears the pending timer.
import { useEffect, useState } from 'react';

export function ExportProgress({ exportId }) {
  const [state, setState] = useState('queued');

  useEffect(() => {
    let timer;
    let gone = false;
    const check = async () => {
      try {
        const res = await fetch(`/api/exports/${exportId}`);
        const body = await res.json();
        if (gone) return;
        setState(body.state);
        if (body.state === 'ready') return;
      } catch (err) {
        if (gone) return;
      }
      timer = setTimeout(check, 3000);
    };
    timer = setTimeout(check, 0);
    return () => {
      gone = true;
      clearTimeout(timer);
    };
  }, [exportId]);

  return <span>{state}</span>;
}
