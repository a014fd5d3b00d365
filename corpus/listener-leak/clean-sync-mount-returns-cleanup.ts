// The mount callback stays synchronous and returns its cleanup; the async work runs inside it.
import { onMount } from 'svelte';
import { writable } from 'svelte/store';

export function createPresence() {
  const status = writable('away');
  onMount(() => {
    void fetch('/api/presence/config');
    const onVisibility = () => status.set(document.hidden ? 'away' : 'active');
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  });
  return { status };
}
