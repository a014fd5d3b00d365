// Detached, the store subscription outlives the component that made it, and the function
// that ends it is dropped: each mount leaves one more callback on the app-wide store.
import { defineComponent, h, ref } from 'vue';
import { useOrdersStore } from './orders-store.js';

export default defineComponent({
  name: 'OrderToast',
  setup() {
    const orders = useOrdersStore();
    const last = ref('');
    orders.$subscribe((mutation, state) => { // expect: dropped-unsubscribe
      last.value = `${state.items.length} items`;
    }, { detached: true });
    return () => h('p', last.value);
  },
});
