import { computed, defineComponent, h } from 'vue';
import { useTicker } from './useTicker.js';

// Each mount starts a ticker that nothing pauses: the component takes only `now`.
export default defineComponent({
  props: { at: { type: Number, required: true } },
  setup(props) {
    const { now } = useTicker(); // expect: uncleared-interval
    const label = computed(() => `${Math.round((now.value - props.at) / 1000)} s ago`);
    return () => h('time', label.value);
  },
});
