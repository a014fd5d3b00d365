// The effect's interval clears itself once the upload is processed, but the effect returns
// no cleanup: a dialog closed before then keeps polling, with its setState, for good.
import { useEffect, useState } from 'react';

export function UploadProgress({ id, check }: { id: string; check: (id: string) => Promise<number> }) {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    const timer = setInterval(async () => { // expect: uncleared-interval
      const done = await check(id);
      setPercent(done);
      if (done >= 100) clearInterval(timer);
    }, 1000);
  }, [id, check]);
  return <progress max={100} value={percent} />;
}
