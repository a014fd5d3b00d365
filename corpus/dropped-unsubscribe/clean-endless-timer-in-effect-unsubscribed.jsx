// The same poll, unsubscribed by the effect's cleanup.
import { useEffect, useState } from 'react';
import { timer, switchMap } from 'rxjs';

export function Status({ url }) {
  const [status, setStatus] = useState('unknown');
  useEffect(() => {
    const subscription = timer(0, 5000)
      .pipe(switchMap(() => fetch(url).then((r) => r.text())))
      .subscribe(setStatus);
    return () => subscription.unsubscribe();
  }, [url]);
  return <span>{status}</span>;
}
