// The same viewport composable; the chart takes its remover as well and calls it on unmount.
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
    const { width, dispose } = useViewportWidth();
    onUnmounted(dispose);
    return () => h('svg', { width: width.value, height: 240 }, props.series.length);
  },
});
