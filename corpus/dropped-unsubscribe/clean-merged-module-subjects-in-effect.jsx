import { useEffect, useState } from 'react';
import { merge } from 'rxjs';
import { errors$, warnings$ } from './diagnostics';

export function ProblemsBadge() {
  const [count, setCount] = useState(0);

  useEffect(() => {
    const subscription = merge(errors$, warnings$).subscribe(() => setCount((n) => n + 1));
    return () => subscription.unsubscribe();
  }, []);

  return <span className="badge">{count}</span>;
}
