// The same clock composable; this badge takes `stop` too (under its own name) and calls it when
// it unmounts, and the panel keeps the rest of the handle and stops through it.
import { defineComponent, h, onUnmounted, ref, type Ref } from 'vue';

function useClock(periodMs: number): { now: Ref<number>; stop: () => void } {
  const now = ref(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, periodMs);
  const stop = () => clearInterval(timer);
  return { now, stop };
}

export const SessionAgeBadge = defineComponent({
  props: { startedAt: { type: Number, required: true } },
  setup(props) {
    const { now, stop: stopClock } = useClock(1_000);
    onUnmounted(stopClock);
    return () => h('span', { class: 'age' }, `${Math.round((now.value - props.startedAt) / 1000)}s`);
  },
});

export const UptimePanel = defineComponent({
  props: { bootedAt: { type: Number, required: true } },
  setup(props) {
    const { now, ...clock } = useClock(5_000);
    onUnmounted(() => clock.stop());
    return () => h('p', `up ${Math.round((now.value - props.bootedAt) / 60_000)} min`);
  },
});
