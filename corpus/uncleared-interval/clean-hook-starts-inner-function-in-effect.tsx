// The hook's effect runs `begin` and returns `end` as its cleanup, so unmounting (or a new url)
// clears the interval; the component need not call `end` itself.
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
    return end;
  }, [url, everyMs]);
  return { healthy, end };
}

export function StatusDot({ url }: { url: string }) {
  const { healthy } = useHeartbeat(url, 10_000);
  return <span className={healthy ? 'dot dot--ok' : 'dot dot--down'} />;
}
