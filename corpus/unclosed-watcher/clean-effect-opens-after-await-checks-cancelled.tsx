// The log viewer asks for a stream ticket first; the cleanup marks the run cancelled, and a
// ticket that arrives after it opens nothing.
import { useEffect, useState } from 'react';

export function JobLog({ jobId }: { jobId: string }) {
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    let stream: EventSource | undefined;
    let cancelled = false;
    (async () => {
      const res = await fetch(`/api/jobs/${jobId}/ticket`, { method: 'POST' });
      const { ticket } = (await res.json()) as { ticket: string };
      if (cancelled) return;
      stream = new EventSource(`/api/jobs/${jobId}/log?ticket=${ticket}`);
      stream.onmessage = (event) => setLines((prev) => [...prev.slice(-499), event.data]);
    })();
    return () => {
      cancelled = true;
      stream?.close();
    };
  }, [jobId]);
  return <pre>{lines.join('\n')}</pre>;
}
