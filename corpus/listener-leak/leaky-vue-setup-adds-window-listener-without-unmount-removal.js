// The composable adds a window listener in its setup body and registers an unmount hook that
// only stops its timer: every mount of a component that uses it leaves one more listener.
import { onUnmounted, ref } from 'vue';

export function useOnline() {
  const online = ref(navigator.onLine);
  const update = () => { online.value = navigator.onLine; };
  window.addEventListener('online', update); // expect: listener-leak
  const poll = setInterval(update, 30000);
  onUnmounted(() => clearInterval(poll));
  return online;
}
