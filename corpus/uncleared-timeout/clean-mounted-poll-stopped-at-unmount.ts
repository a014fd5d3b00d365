// The loop checks a flag the unmount sets before it reschedules.
import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue';

export default defineComponent({
  props: { market: { type: String, required: true } },
  setup(props) {
    const prices = ref<unknown[]>([]);
    let stopped = false;

    async function poll(): Promise<void> {
      try {
        const res = await fetch(`/api/markets/${props.market}/prices`);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        prices.value = await res.json();
      } catch {
        // shown as stale data
      } finally {
        if (!stopped) setTimeout(poll, 5000);
      }
    }

    onMounted(() => {
      poll();
    });
    onUnmounted(() => {
      stopped = true;
    });

    return () => h('pre', JSON.stringify(prices.value));
  },
});
