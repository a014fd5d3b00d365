// A chart that loads its settings first, then follows the shared filter: the watcher it
// starts after the wait is no longer the component's.
import { defineComponent, h, onMounted, reactive, ref, watchEffect } from 'vue';
import { filters } from './filters';

export default defineComponent({
  props: { endpoint: { type: String, required: true } },
  setup(props) {
    const points = ref<number[]>([]);
    const settings = reactive({ bucket: 'hour' });
    onMounted(async () => {
      Object.assign(settings, await (await fetch(`${props.endpoint}/settings`)).json());
      watchEffect(async () => { // expect: dropped-unsubscribe
        points.value = await (await fetch(`${props.endpoint}/series?from=${filters.from}&bucket=${settings.bucket}`)).json();
      });
    });
    return () => h('svg', { 'data-points': points.value.length });
  },
});
