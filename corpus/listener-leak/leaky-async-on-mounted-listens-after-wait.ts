// A map panel that waits for its tiles before it follows the window's size.
import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue';
import { loadTiles } from './tiles';

export default defineComponent({
  setup() {
    const width = ref(0);
    const onResize = () => { width.value = window.innerWidth; };
    onMounted(async () => {
      await loadTiles();
      window.addEventListener('resize', onResize); // expect: listener-leak
    });
    onUnmounted(() => window.removeEventListener('resize', onResize));
    return () => h('div', { class: 'map', style: { width: `${width.value}px` } });
  },
});
