import { defineComponent, h } from 'vue';
import { trapFocus } from './focus-trap';

export default defineComponent({
  name: 'ModalOverlay',
  props: {
    active: Boolean,
  },
  data() {
    return { untrap: null as null | (() => void) };
  },
  watch: {
    active: {
      handler(on: boolean) {
        if (on) {
          this.untrap = trapFocus(this.$el as HTMLElement); // expect: dropped-unsubscribe
        } else {
          this.untrap?.();
          this.untrap = null;
        }
      },
    },
  },
  render() {
    return this.active ? h('div', { className: 'overlay', tabindex: -1 }, this.$slots.default?.()) : null;
  },
});
