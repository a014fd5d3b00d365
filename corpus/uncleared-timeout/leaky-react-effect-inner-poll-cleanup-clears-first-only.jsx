// The cleanup clears the first tick only; every later tick is scheduled by the poll itself
// and dropped, so after an unmount (or a new `id`) the poll goes on until the job ends.
import { useEffect, useState } from 'react';

export function Progress({ id }) {
  const [state, setState] = useState('queued');
  useEffect(() => {
    const poll = async () => {
      const res = await fetch(`/api/jobs/${id}`);
      const job = await res.json();
      setState(job.state);
      if (job.state === 'done') return;
      setTimeout(poll, 2000); // expect: uncleared-timeout
    };
    const first = setTimeout(poll, 0);
    return () => clearTimeout(first);
  }, [id]);
  return <span>{state}</span>;
}
