// The form warns before the tab closes. `{ once: true }` only removes the listener when the page
// unloads, so in the single-page app every mounted form leaves one on `window` with its state.
import { useEffect, useState } from 'react';

export function DraftForm() {
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn, { once: true }); // expect: listener-leak
  }, [dirty]);
  return <textarea onChange={() => setDirty(true)} />;
}
