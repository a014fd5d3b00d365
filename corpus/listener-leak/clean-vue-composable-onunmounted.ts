// The same composable removes its listener when the component unmounts.
import { onMounted, onUnmounted, ref } from 'vue';

export function useViewportWidth() {
  const width = ref(window.innerWidth);
  const update = () => { width.value = window.innerWidth; };
  onMounted(() => window.addEventListener('resize', update));
  onUnmounted(() => window.removeEventListener('resize', update));
  return width;
}
