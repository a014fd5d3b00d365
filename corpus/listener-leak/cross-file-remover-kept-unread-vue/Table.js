// The table keeps the way to stop watching, but never uses it: every table ever mounted stays
// a resize listener of the window.
import { defineComponent, h, onMounted, ref } from 'vue';
import { watchViewport } from './viewport';

export default defineComponent({
  setup() {
    const narrow = ref(false);
    let unwatch;
    onMounted(() => {
      unwatch = watchViewport(({ width }) => { // expect: listener-leak
        narrow.value = width < 640;
      });
    });
    return () => h('table', { class: narrow.value ? 'narrow' : 'wide' });
  },
});
