// Shown on every row of the outbox: each mount leaves two window listeners behind.
import { defineComponent, h } from 'vue';
import { useOnlineStatus } from './useOnlineStatus';

export default defineComponent({
  name: 'SyncIndicator',
  props: { pending: { type: Number, default: 0 } },
  setup(props) {
    const { online } = useOnlineStatus(); // expect: listener-leak
    return () => h('span', { class: online.value ? 'synced' : 'offline' }, `${props.pending} pending`);
  },
});
