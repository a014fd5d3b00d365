import { useSyncExternalStore } from 'react';

type Listener = () => void;

// Online status for the whole app. Each component's listener is debounced before it is added,
// and its unsubscribe deletes the undebounced one, which was never added.
const listeners = new Set<Listener>(); // expect: unbounded-collection
let online = navigator.onLine;

function debounce(fn: Listener, ms: number): Listener {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

window.addEventListener('online', () => { online = true; listeners.forEach((l) => l()); });
window.addEventListener('offline', () => { online = false; listeners.forEach((l) => l()); });

function subscribe(onChange: Listener): () => void {
  const debounced = debounce(onChange, 50);
  listeners.add(debounced);
  return () => {
    listeners.delete(onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => online);
}
