import { useEffect, useRef, useState } from 'react';

// The JavaScript form, terminating the worker on unmount.
export function Thumbnailer({ files }) {
  const [urls, setUrls] = useState([]);
  const workerRef = useRef(null);

  useEffect(() => {
    const worker = new Worker('/workers/thumbnail.js');
    worker.onmessage = (event) => setUrls((before) => [...before, event.data]);
    workerRef.current = worker;
    return () => worker.terminate();
  }, []);

  return (
    <button onClick={() => files.forEach((file) => workerRef.current.postMessage(file))}>
      Make thumbnails ({urls.length})
    </button>
  );
}
