// Tracks the browser's connectivity; `stop` takes both listeners down again.
import { ref, type Ref } from 'vue';

export interface OnlineStatus {
  online: Ref<boolean>;
  stop: () => void;
}

export function useOnlineStatus(): OnlineStatus {
  const online = ref(navigator.onLine);
  const update = () => {
    online.value = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  const stop = () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
  return { online, stop };
}
