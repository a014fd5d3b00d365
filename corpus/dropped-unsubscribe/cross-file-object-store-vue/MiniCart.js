// Each mounted mini cart follows the store and drops the way to stop: unmounted carts keep
// being called, and kept, for the life of the page.
import { defineComponent, onMounted, ref } from 'vue';
import { followCart } from './cart-store';

export default defineComponent({
  setup() {
    const count = ref(0);
    onMounted(() => {
      followCart((state) => { // expect: dropped-unsubscribe
        count.value = state.lines.length;
      });
    });
    return { count };
  },
  template: '<span class="mini-cart">{{ count }}</span>',
});
