// The same panel, in JavaScript: the end sets a flag that the start checks after its wait.
import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue';
import { loadTiles } from './tiles';

export default defineComponent({
  setup() {
    const width = ref(0);
    let gone = false;
    const onResize = () => { width.value = window.innerWidth; };
    onMounted(async () => {
      await loadTiles();
      if (gone) return;
      window.addEventListener('resize', onResize);
    });
    onUnmounted(() => {
      gone = true;
      window.removeEventListener('resize', onResize);
    });
    return () => h('div', { class: 'map', style: { width: `${width.value}px` } });
  },
});
