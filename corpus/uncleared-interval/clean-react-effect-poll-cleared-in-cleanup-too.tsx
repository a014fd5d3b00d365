// The same poll, with a cleanup that clears it when the dialog goes away first.
import { useEffect, useState } from 'react';

export function UploadProgress({ id, check }: { id: string; check: (id: string) => Promise<number> }) {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    const timer = setInterval(async () => {
      const done = await check(id);
      setPercent(done);
      if (done >= 100) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [id, check]);
  return <progress max={100} value={percent} />;
}
