// The composable reopens its stream whenever the URL changes, through `open()`, which stores the
// new EventSource over the one still open. Only the last is closed on unmount.
import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

export function useTicker(url: Ref<string>) {
  const last = ref('');
  let source: EventSource | null = null;

  function open(target: string) {
    source = new EventSource(target); // expect: unclosed-watcher
    source.onmessage = (event) => {
      last.value = event.data;
    };
  }

  watch(url, (next) => open(next), { immediate: true });
  onBeforeUnmount(() => source?.close());
  return { last };
}
