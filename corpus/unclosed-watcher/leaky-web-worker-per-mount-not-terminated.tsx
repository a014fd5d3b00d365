// A chart that offloads layout to a web worker: every mount makes a new worker and posts it the
// data, and the effect returns no cleanup, so each unmounted chart leaves its worker running.
import { useEffect, useState } from 'react';

export function LayoutChart({ nodes }: { nodes: Array<{ id: string }> }) {
  const [layout, setLayout] = useState<Record<string, [number, number]>>({});
  useEffect(() => {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url)); // expect: unclosed-watcher
    worker.onmessage = (event: MessageEvent) => setLayout(event.data);
    worker.postMessage(nodes);
  }, [nodes]);
  return <svg data-count={Object.keys(layout).length} />;
}
