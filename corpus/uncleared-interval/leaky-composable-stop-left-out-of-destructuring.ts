// A clock composable hands back its stop function next to the value it keeps fresh. The badge
// takes only the value, so every mount leaves one more interval ticking into a dead ref.
import { defineComponent, h, onUnmounted, ref, type Ref } from 'vue';

function useClock(periodMs: number): { now: Ref<number>; stop: () => void } {
  const now = ref(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, periodMs);
  const stop = () => clearInterval(timer);
  return { now, stop };
}

export default defineComponent({
  name: 'SessionAgeBadge',
  props: { startedAt: { type: Number, required: true } },
  setup(props) {
    const { now } = useClock(1_000); // expect: uncleared-interval
    onUnmounted(() => console.debug('badge unmounted'));
    return () => h('span', { class: 'age' }, `${Math.round((now.value - props.startedAt) / 1000)}s`);
  },
});
