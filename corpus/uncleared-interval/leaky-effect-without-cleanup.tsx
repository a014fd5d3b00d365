// Every mount starts one more clock; unmounting never stops the previous ones.
import { useEffect, useState } from 'react';

export function Clock({ label }: { label: string }) {
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), 1000); // expect: uncleared-interval
    console.log('clock started', id);
  }, []);

  return (
    <span>
      {label}: {now.toLocaleTimeString()}
    </span>
  );
}
