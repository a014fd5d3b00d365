import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue';
import { poll, type Poller } from './poller';

// The poller stops itself once the deploy is done, and the page stops it when it is left.
export default defineComponent({
  props: { deployId: { type: String, required: true } },
  setup(props) {
    const state = ref('pending');
    let poller: Poller | undefined;
    onMounted(() => {
      poller = poll(async () => {
        const res = await fetch(`/api/deploys/${props.deployId}`);
        state.value = (await res.json()).state;
        if (state.value === 'done') poller?.stop();
      }, 2000);
    });
    onUnmounted(() => poller?.stop());
    return () => h('span', state.value);
  },
});
