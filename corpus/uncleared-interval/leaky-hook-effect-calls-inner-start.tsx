// The hook's effect calls `begin`, which stores the interval in the hook's own variable; the hook
// hands back `end` but the effect returns no cleanup, and the component never calls `end`.
import { useEffect, useState } from 'react';

function useHeartbeat(url: string, everyMs: number) {
  const [healthy, setHealthy] = useState(true);
  let handle: ReturnType<typeof setInterval> | undefined;

  function begin() {
    handle = setInterval(() => {
      fetch(url).then((res) => setHealthy(res.ok), () => setHealthy(false));
    }, everyMs);
  }

  function end() {
    clearInterval(handle);
  }

  useEffect(() => {
    begin();
  }, [url, everyMs]);
  return { healthy, end };
}

export function StatusDot({ url }: { url: string }) {
  const { healthy } = useHeartbeat(url, 10_000); // expect: uncleared-interval
  return <span className={healthy ? 'dot dot--ok' : 'dot dot--down'} />;
}
