// The log viewer asks for a stream ticket first, then opens the stream. Switching jobs while
// the ticket is on its way runs the cleanup with nothing to close, and the stream opened after
// it stays connected to the old job for good.
import { useEffect, useState } from 'react';

export function JobLog({ jobId }: { jobId: string }) {
  const [lines, setLines] = useState<string[]>([]);
  useEffect(() => {
    let stream: EventSource | undefined;
    (async () => {
      const res = await fetch(`/api/jobs/${jobId}/ticket`, { method: 'POST' });
      const { ticket } = (await res.json()) as { ticket: string };
      stream = new EventSource(`/api/jobs/${jobId}/log?ticket=${ticket}`); // expect: unclosed-watcher
      stream.onmessage = (event) => setLines((prev) => [...prev.slice(-499), event.data]);
    })();
    return () => stream?.close();
  }, [jobId]);
  return <pre>{lines.join('\n')}</pre>;
}
