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
          this.untrap = trapFocus(this.$el as HTMLElement);
        } else {
          this.untrap?.();
          this.untrap = null;
        }
      },
    },
  },
  methods: {
    release(): void {
      this.untrap?.();
      this.untrap = null;
    },
  },
  unmounted() {
    this.release();
  },
  render() {
    return this.active ? h('div', { className: 'overlay', tabindex: -1 }, this.$slots.default?.()) : null;
  },
});
