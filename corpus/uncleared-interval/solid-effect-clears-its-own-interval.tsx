// The same clock, in TypeScript: each run of the effect clears its own interval.
import { createEffect, createSignal, onCleanup } from 'solid-js';

export function Clock(props: { everyMs?: number }) {
  const [now, setNow] = createSignal(new Date());

  createEffect(() => {
    const timer = setInterval(() => setNow(new Date()), props.everyMs ?? 1000);
    onCleanup(() => clearInterval(timer));
  });

  return <time>{now().toLocaleTimeString()}</time>;
}
