// A viewport composable hands back its remover next to the width it tracks. The chart takes the
// width only, so each mount adds one more resize listener to window, and keeps the chart alive.
import { defineComponent, h, onUnmounted, ref } from 'vue';

function useViewportWidth() {
  const width = ref(window.innerWidth);
  const onResize = () => {
    width.value = window.innerWidth;
  };
  window.addEventListener('resize', onResize, { passive: true });
  function dispose() {
    window.removeEventListener('resize', onResize);
  }
  return { width, dispose };
}

export default defineComponent({
  name: 'RevenueChart',
  props: { series: { type: Array, required: true } },
  setup(props) {
    const { width } = useViewportWidth(); // expect: listener-leak
    onUnmounted(() => console.debug('chart unmounted'));
    return () => h('svg', { width: width.value, height: 240 }, props.series.length);
  },
});
