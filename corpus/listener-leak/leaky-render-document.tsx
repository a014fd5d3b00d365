// A listener added in the component body runs on every render, not once.
import { useState } from 'react';

export function Shortcuts({ onSave }: { onSave: () => void }) {
  const [count, setCount] = useState(0);
  document.addEventListener('keydown', (event) => { // expect: listener-leak
    if (event.key === 's' && event.ctrlKey) onSave();
  });
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}
