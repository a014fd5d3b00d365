import { useEffect, useState } from 'react';

export function ShortcutHints({ editorId, active }) {
  const [lastKey, setLastKey] = useState(null);

  useEffect(() => {
    const controller = new AbortController();
    const onKey = (event) => {
      if (event.metaKey || event.ctrlKey) setLastKey(`${editorId}:${event.key}`);
    };
    document.addEventListener('keydown', onKey, { signal: controller.signal }); // expect: listener-leak

    if (!active) return undefined;

    const timer = setTimeout(() => setLastKey(null), 4000);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [editorId, active]);

  return lastKey ? <kbd className="hint">{lastKey}</kbd> : null;
}
