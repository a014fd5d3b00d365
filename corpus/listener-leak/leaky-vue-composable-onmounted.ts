// A composable listens to the window when its component mounts, and its unmount hook forgets
// to stop: every mount of every component that uses it leaves one more listener on the window,
// holding that component's state.
import { onMounted, onUnmounted, ref } from 'vue';

export function useViewportWidth() {
  const width = ref(window.innerWidth);
  const update = () => { width.value = window.innerWidth; };
  onMounted(() => window.addEventListener('resize', update)); // expect: listener-leak
  onUnmounted(() => { width.value = 0; });
  return width;
}
