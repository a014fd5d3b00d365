// The selection composable listens on the bus per mount and stops listening first thing when it
// unmounts; saving the selection comes after.
import { onBeforeUnmount, ref } from 'vue';
import { on } from './bus.js';

export function useSelection() {
  const selected = ref([]);
  const stop = on('select', (ids) => { selected.value = ids; });
  onBeforeUnmount(() => {
    stop();
    if (selected.value.length === 0) return;
    localStorage.setItem('selection', JSON.stringify(selected.value));
  });
  return { selected };
}
