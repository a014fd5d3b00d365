// The same badge keeps the watcher's stop handle and calls it on unmount, and skips the watcher
// when the component is already gone.
import { defineComponent, h, onBeforeUnmount, ref, watch, type WatchStopHandle } from 'vue';
import { useSettingsStore } from './settings';

export default defineComponent({
  props: { sku: { type: String, required: true } },
  setup(props) {
    const settings = useSettingsStore();
    const label = ref('');
    let stop: WatchStopHandle | undefined;
    let gone = false;
    fetch(`/api/prices/${props.sku}`).then((res) => res.json()).then((price: Record<string, number>) => {
      if (gone) return;
      stop = watch(() => settings.currency, (currency) => {
        label.value = `${price[currency]} ${currency}`;
      }, { immediate: true });
    });
    onBeforeUnmount(() => {
      gone = true;
      stop?.();
    });
    return () => h('span', label.value);
  },
});
