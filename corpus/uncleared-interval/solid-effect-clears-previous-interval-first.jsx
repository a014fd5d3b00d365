// The clock again, keeping one outer handle: each run clears the previous interval before
// it starts the next, and the component's end clears the last.
import { createEffect, createSignal, onCleanup } from 'solid-js';

export function Clock(props) {
  const [now, setNow] = createSignal(new Date());
  let timer;

  createEffect(() => {
    clearInterval(timer);
    timer = setInterval(() => setNow(new Date()), props.everyMs ?? 1000);
  });

  onCleanup(() => clearInterval(timer));

  return <time>{now().toLocaleTimeString()}</time>;
}
