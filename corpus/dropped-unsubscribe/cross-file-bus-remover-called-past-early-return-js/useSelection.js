// The selection composable listens on the bus per mount; its unmount hook stops listening only
// when there is a selection to save, so the usual empty unmount leaves the handler on the bus.
import { onBeforeUnmount, ref } from 'vue';
import { on } from './bus.js';

export function useSelection() {
  const selected = ref([]);
  const stop = on('select', (ids) => { selected.value = ids; }); // expect: dropped-unsubscribe
  onBeforeUnmount(() => {
    if (selected.value.length === 0) return;
    localStorage.setItem('selection', JSON.stringify(selected.value));
    stop();
  });
  return { selected };
}
