import { computed, defineComponent, h } from 'vue';
import { useTicker } from './useTicker.js';

// The ticker pauses itself when the component unmounts, so taking only `now` is enough.
export default defineComponent({
  props: { at: { type: Number, required: true } },
  setup(props) {
    const { now } = useTicker();
    const label = computed(() => `${Math.round((now.value - props.at) / 1000)} s ago`);
    return () => h('time', label.value);
  },
});
