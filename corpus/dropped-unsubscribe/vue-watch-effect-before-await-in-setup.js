// The same chart, in JavaScript: the watcher starts in setup, before anything waits, so the
// component stops it on unmount.
import { defineComponent, h, onMounted, reactive, ref, watchEffect } from 'vue';
import { filters } from './filters';

export default defineComponent({
  props: { endpoint: { type: String, required: true } },
  setup(props) {
    const points = ref([]);
    const settings = reactive({ bucket: 'hour', ready: false });
    watchEffect(async () => {
      if (!settings.ready) return;
      points.value = await (await fetch(`${props.endpoint}/series?from=${filters.from}&bucket=${settings.bucket}`)).json();
    });
    onMounted(async () => {
      Object.assign(settings, await (await fetch(`${props.endpoint}/settings`)).json(), { ready: true });
    });
    return () => h('svg', { 'data-points': points.value.length });
  },
});
