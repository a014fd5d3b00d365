// A Solid clock whose tick rate follows a prop: the effect runs again when the prop
// changes and starts a new interval over the last one, which nothing clears any more.
import { createEffect, createSignal, onCleanup } from 'solid-js';

export function Clock(props) {
  const [now, setNow] = createSignal(new Date());
  let timer;

  createEffect(() => {
    const every = props.everyMs ?? 1000;
    timer = setInterval(() => setNow(new Date()), every); // expect: uncleared-interval
  });

  onCleanup(() => clearInterval(timer));

  return <time>{now().toLocaleTimeString()}</time>;
}
