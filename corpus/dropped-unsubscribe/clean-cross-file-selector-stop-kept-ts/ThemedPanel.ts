import { defineComponent, h, onUnmounted } from 'vue';
import { prefs } from './prefs';
import { select } from './select';

// Every panel that mounts takes the theme and stops its subscription when it unmounts.
export default defineComponent({
  name: 'ThemedPanel',
  setup(_, { slots }) {
    const { value: theme, stop } = select(prefs, (s) => s.theme);
    onUnmounted(stop);
    return () => h('section', { class: `panel panel--${theme.value}` }, slots.default?.());
  },
});
