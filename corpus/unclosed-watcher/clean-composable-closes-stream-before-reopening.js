// The same composable closes the open stream in `open()` before it makes the next one.
import { onBeforeUnmount, ref, watch } from 'vue';

export function useTicker(url) {
  const last = ref('');
  let source = null;

  function open(target) {
    source?.close();
    source = new EventSource(target);
    source.onmessage = (event) => {
      last.value = event.data;
    };
  }

  watch(url, (next) => open(next), { immediate: true });
  onBeforeUnmount(() => source?.close());
  return { last };
}
