import { defineComponent, h, onMounted, ref } from 'vue';
import { poll, type Poller } from './poller';

// The poller stops itself once the deploy is done; a page left before then keeps polling.
export default defineComponent({
  props: { deployId: { type: String, required: true } },
  setup(props) {
    const state = ref('pending');
    let poller: Poller | undefined;
    onMounted(() => {
      poller = poll(async () => { // expect: uncleared-interval
        const res = await fetch(`/api/deploys/${props.deployId}`);
        state.value = (await res.json()).state;
        if (state.value === 'done') poller?.stop();
      }, 2000);
    });
    return () => h('span', state.value);
  },
});
