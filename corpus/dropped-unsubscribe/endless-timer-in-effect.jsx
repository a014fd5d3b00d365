// A polling timer made with rxjs in an effect, with no cleanup: every mount (and every change
// of `url`) leaves one more timer polling for good.
import { useEffect, useState } from 'react';
import { timer, switchMap } from 'rxjs';

export function Status({ url }) {
  const [status, setStatus] = useState('unknown');
  useEffect(() => {
    const poll = timer(0, 5000).pipe(switchMap(() => fetch(url).then((r) => r.text())));
    poll.subscribe(setStatus); // expect: dropped-unsubscribe
  }, [url]);
  return <span>{status}</span>;
}
