// The watcher is made in a `.then()` callback, after `setup()` has returned, so Vue does not
// stop it on unmount; its stop handle is dropped, and every mounted badge leaves one on the store.
import { defineComponent, h, ref, watch } from 'vue';
import { useSettingsStore } from './settings';

export default defineComponent({
  props: { sku: { type: String, required: true } },
  setup(props) {
    const settings = useSettingsStore();
    const label = ref('');
    fetch(`/api/prices/${props.sku}`).then((res) => res.json()).then((price) => {
      watch(() => settings.currency, (currency) => { // expect: dropped-unsubscribe
        label.value = `${price[currency]} ${currency}`;
      }, { immediate: true });
    });
    return () => h('span', label.value);
  },
});
