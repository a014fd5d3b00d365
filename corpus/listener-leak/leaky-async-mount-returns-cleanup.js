// The mount callback is async, so what it returns is a promise: Svelte never sees the cleanup,
// and every mount leaves its visibility listener on `document`.
import { onMount } from 'svelte';
import { writable } from 'svelte/store';

export function createPresence() {
  const status = writable('away');
  onMount(async () => {
    await fetch('/api/presence/config');
    const onVisibility = () => status.set(document.hidden ? 'away' : 'active');
    document.addEventListener('visibilitychange', onVisibility); // expect: listener-leak
    return () => document.removeEventListener('visibilitychange', onVisibility);
  });
  return { status };
}
