// The board polls from `onMounted` and reschedules in `finally`; unmounting aborts the fetch,
// which only sends the loop through `finally` again: it polls on for good after every mount.
import { defineComponent, h, onMounted, onUnmounted, ref } from 'vue';

export default defineComponent({
  props: { market: { type: String, required: true } },
  setup(props) {
    const prices = ref<unknown[]>([]);
    const controller = new AbortController();

    async function poll(): Promise<void> {
      try {
        const res = await fetch(`/api/markets/${props.market}/prices`, { signal: controller.signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        prices.value = await res.json();
      } catch {
        // shown as stale data
      } finally {
        setTimeout(poll, 5000);
      }
    }

    onMounted(() => {
      poll(); // expect: uncleared-timeout
    });
    onUnmounted(() => controller.abort());

    return () => h('pre', JSON.stringify(prices.value));
  },
});
