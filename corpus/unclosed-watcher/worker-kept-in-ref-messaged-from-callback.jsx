import { useEffect, useRef, useState } from 'react';

// The JavaScript form: the worker lives in a ref, is messaged from a click handler, and the
// effect's cleanup never terminates it.
export function Thumbnailer({ files }) {
  const [urls, setUrls] = useState([]);
  const workerRef = useRef(null);

  useEffect(() => {
    const worker = new Worker('/workers/thumbnail.js'); // expect: unclosed-watcher
    worker.onmessage = (event) => setUrls((before) => [...before, event.data]);
    workerRef.current = worker;
    return () => {
      worker.onmessage = null;
    };
  }, []);

  return (
    <button onClick={() => files.forEach((file) => workerRef.current.postMessage(file))}>
      Make thumbnails ({urls.length})
    </button>
  );
}
