// A poll inside the effect that checks the flag its cleanup sets, and whose pending tick the
// cleanup clears.
import { useEffect, useState } from 'react';

export function Status({ id }: { id: string }) {
  const [state, setState] = useState('pending');
  useEffect(() => {
    let cancelled = false;
    let pending: number | undefined;
    const poll = async (): Promise<void> => {
      const res = await fetch(`/api/builds/${id}`);
      const build = (await res.json()) as { state: string };
      if (cancelled) return;
      setState(build.state);
      if (build.state !== 'done') pending = window.setTimeout(poll, 2000);
    };
    void poll();
    return () => {
      cancelled = true;
      window.clearTimeout(pending);
    };
  }, [id]);
  return <span>{state}</span>;
}
