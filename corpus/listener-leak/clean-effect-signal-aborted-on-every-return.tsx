import { useEffect, useState } from 'react';

interface Props {
  editorId: string;
  active: boolean;
}

export function ShortcutHints({ editorId, active }: Props) {
  const [lastKey, setLastKey] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey) setLastKey(`${editorId}:${event.key}`);
    };
    document.addEventListener('keydown', onKey, { signal: controller.signal });

    if (!active) return () => controller.abort();

    const timer = setTimeout(() => setLastKey(null), 4000);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [editorId, active]);

  return lastKey ? <kbd className="hint">{lastKey}</kbd> : null;
}
