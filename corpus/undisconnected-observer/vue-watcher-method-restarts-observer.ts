import { defineComponent, h } from 'vue';

// A table that tracks its container's width while `responsive` is on. Turning it off and on
// again makes a new observer over the field without disconnecting the one there.
export default defineComponent({
  name: 'ResponsiveTable',
  props: { responsive: { type: Boolean, default: true } },
  data: () => ({ width: 0, observer: null as ResizeObserver | null }),
  watch: {
    responsive: {
      immediate: true,
      handler(on: boolean) {
        if (on) this.track();
      },
    },
  },
  beforeUnmount() {
    this.untrack();
  },
  methods: {
    track() {
      this.observer = new ResizeObserver(([entry]) => (this.width = entry.contentRect.width)); // expect: undisconnected-observer
      this.observer.observe(document.body);
    },
    untrack() {
      this.observer?.disconnect();
      this.observer = null;
    },
  },
  render() {
    return h('table', { 'data-width': this.width });
  },
});
