// Shown on every row of the outbox; it stops the status tracking when the row goes.
import { defineComponent, h, onBeforeUnmount } from 'vue';
import { useOnlineStatus } from './useOnlineStatus';

export default defineComponent({
  name: 'SyncIndicator',
  props: { pending: { type: Number, default: 0 } },
  setup(props) {
    const { online, stop } = useOnlineStatus();
    onBeforeUnmount(stop);
    return () => h('span', { class: online.value ? 'synced' : 'offline' }, `${props.pending} pending`);
  },
});
