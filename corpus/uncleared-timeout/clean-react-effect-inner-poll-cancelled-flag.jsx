// The same poll checks a flag the cleanup sets, and the cleanup clears whichever tick is
// pending.
import { useEffect, useState } from 'react';

export function Progress({ id }) {
  const [state, setState] = useState('queued');
  useEffect(() => {
    let cancelled = false;
    let pending;
    const poll = async () => {
      const res = await fetch(`/api/jobs/${id}`);
      const job = await res.json();
      if (cancelled) return;
      setState(job.state);
      if (job.state === 'done') return;
      pending = setTimeout(poll, 2000);
    };
    pending = setTimeout(poll, 0);
    return () => {
      cancelled = true;
      clearTimeout(pending);
    };
  }, [id]);
  return <span>{state}</span>;
}
