import { defineComponent, h } from 'vue';
import { prefs } from './prefs';
import { select } from './select';

// Every panel that mounts takes the theme and leaves `stop` behind: its subscription stays.
export default defineComponent({
  name: 'ThemedPanel',
  setup(_, { slots }) {
    const { value: theme } = select(prefs, (s) => s.theme); // expect: dropped-unsubscribe
    return () => h('section', { class: `panel panel--${theme.value}` }, slots.default?.());
  },
});
