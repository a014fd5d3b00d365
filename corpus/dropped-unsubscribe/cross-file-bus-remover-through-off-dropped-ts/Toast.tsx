// Every toast listens for 'dismiss-all' and drops the remover: the bus keeps one handler, and
// the toast it closes over, per toast ever shown.
import { useEffect, useState } from 'react';
import { on } from './bus';

export function Toast({ text }: { text: string }) {
  const [open, setOpen] = useState(true);
  useEffect(() => {
    on('dismiss-all', () => setOpen(false)); // expect: dropped-unsubscribe
  }, []);
  return open ? <div role="status">{text}</div> : null;
}
