// A poll inside the effect re-arms itself and drops the handle, and the effect returns no
// cleanup at all: after an unmount it polls on until the build is done, if ever.
import { useEffect, useState } from 'react';

export function Status({ id }: { id: string }) {
  const [state, setState] = useState('pending');
  useEffect(() => {
    const poll = async (): Promise<void> => {
      const res = await fetch(`/api/builds/${id}`);
      const build = (await res.json()) as { state: string };
      setState(build.state);
      if (build.state === 'done') return;
      window.setTimeout(poll, 2000); // expect: uncleared-timeout
    };
    void poll();
  }, [id]);
  return <span>{state}</span>;
}
