// Every toast listens for 'dismiss-all' and hands the remover back as the effect's cleanup.
import { useEffect, useState } from 'react';
import { on } from './bus';

export function Toast({ text }: { text: string }) {
  const [open, setOpen] = useState(true);
  useEffect(() => on('dismiss-all', () => setOpen(false)), []);
  return open ? <div role="status">{text}</div> : null;
}
