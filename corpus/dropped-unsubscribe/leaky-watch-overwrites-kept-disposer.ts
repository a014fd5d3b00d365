// Switching projects subscribes again and stores the new disposer over the old one: the
// unmount ends only the last, and every project visited before keeps its listener.
import { defineComponent, h, onBeforeUnmount, ref, watch } from 'vue';
import { events } from './events';

export default defineComponent({
  props: { projectId: { type: String, required: true } },
  setup(props) {
    const builds = ref(0);
    let stop: (() => void) | null = null;

    watch(
      () => props.projectId,
      (id) => {
        builds.value = 0;
        stop = events.on(`build:${id}`, () => builds.value++); // expect: dropped-unsubscribe
      },
      { immediate: true },
    );

    onBeforeUnmount(() => stop?.());
    return () => h('span', String(builds.value));
  },
});
