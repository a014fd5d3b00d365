// The mini cart stops following the store when it unmounts.
import { defineComponent, onMounted, onUnmounted, ref } from 'vue';
import { followCart } from './cart-store';

export default defineComponent({
  setup() {
    const count = ref(0);
    let stop = () => {};
    onMounted(() => {
      stop = followCart((state) => {
        count.value = state.lines.length;
      });
    });
    onUnmounted(() => stop());
    return { count };
  },
  template: '<span class="mini-cart">{{ count }}</span>',
});
