import { defineComponent, h } from 'vue';
import { pushShortcuts } from './shortcuts.js';

export default defineComponent({
  name: 'SideDrawer',
  props: {
    visible: { type: Boolean, default: false },
  },
  emits: ['hide'],
  data() {
    return { dropShortcuts: null };
  },
  watch: {
    visible(shown) {
      if (shown) {
        this.dropShortcuts = pushShortcuts((e) => e.key === 'Escape' && this.$emit('hide')); // expect: dropped-unsubscribe
      } else if (this.dropShortcuts) {
        this.dropShortcuts();
        this.dropShortcuts = null;
      }
    },
  },
  render() {
    return this.visible ? h('aside', { className: 'drawer' }, this.$slots.default?.()) : null;
  },
});
