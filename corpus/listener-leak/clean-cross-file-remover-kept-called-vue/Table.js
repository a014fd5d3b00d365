// The table stops watching when it unmounts.
import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue';
import { watchViewport } from './viewport';

export default defineComponent({
  setup() {
    const narrow = ref(false);
    let unwatch;
    onMounted(() => {
      unwatch = watchViewport(({ width }) => {
        narrow.value = width < 640;
      });
    });
    onUnmounted(() => unwatch?.());
    return () => h('table', { class: narrow.value ? 'narrow' : 'wide' });
  },
});
