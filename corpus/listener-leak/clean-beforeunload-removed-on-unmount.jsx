// The same form removes its listener when the effect cleans up, so only the mounted form warns.
import { useEffect, useState } from 'react';

export function DraftForm() {
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    const warn = (event) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn, { once: true });
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return <textarea onChange={() => setDirty(true)} />;
}
