import { onUnmounted, ref } from 'vue';

// The key last pressed anywhere on the page, shared by every shortcut hint on screen.
export const lastKey = ref('');
let tracking = false;
let users = 0;

function startTracking() {
  window.addEventListener('keydown', recordKey);
  tracking = true;
}

function stopTracking() {
  window.removeEventListener('keydown', recordKey);
  tracking = false;
}

function recordKey(event) {
  lastKey.value = event.key;
}

export function useLastKey() {
  !tracking && startTracking();
  users++;
  onUnmounted(() => {
    users--;
    if (!users) stopTracking();
  });
  return lastKey;
}
