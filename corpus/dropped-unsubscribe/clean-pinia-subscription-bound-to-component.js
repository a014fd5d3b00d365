// Without `detached`, Pinia ends the subscription when the component unmounts; the detached
// action hook is kept and ended in onUnmounted.
import { defineComponent, h, onUnmounted, ref } from 'vue';
import { useOrdersStore } from './orders-store.js';

export default defineComponent({
  name: 'OrderToast',
  setup() {
    const orders = useOrdersStore();
    const last = ref('');
    orders.$subscribe((mutation, state) => {
      last.value = `${state.items.length} items`;
    });
    const stopActions = orders.$onAction(({ name }) => {
      last.value = name;
    }, true);
    onUnmounted(() => stopActions());
    return () => h('p', last.value);
  },
});
