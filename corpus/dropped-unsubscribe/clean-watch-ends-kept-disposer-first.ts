// Switching projects ends the previous subscription before it stores the new disposer.
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
        stop?.();
        stop = events.on(`build:${id}`, () => builds.value++);
      },
      { immediate: true },
    );

    onBeforeUnmount(() => stop?.());
    return () => h('span', String(builds.value));
  },
});
