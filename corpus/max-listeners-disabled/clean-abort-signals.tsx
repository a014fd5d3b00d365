// A generous but finite limit for an AbortSignal shared by many fetches.
import { setMaxListeners } from 'events';
import { useEffect } from 'react';

export function Loader({ urls }: { urls: string[] }) {
  useEffect(() => {
    const controller = new AbortController();
    setMaxListeners(urls.length + 10, controller.signal);
    Promise.all(urls.map((u) => fetch(u, { signal: controller.signal })));
    return () => controller.abort();
  }, [urls]);
  return <p>{urls.length} requests</p>;
}
