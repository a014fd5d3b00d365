import { defineComponent, h } from 'vue';

// A table that tracks its container's width while `responsive` is on; turning it off
// disconnects the observer before it can be made again.
export default defineComponent({
  name: 'ResponsiveTable',
  props: { responsive: { type: Boolean, default: true } },
  data: () => ({ width: 0, observer: null as ResizeObserver | null }),
  watch: {
    responsive: {
      immediate: true,
      handler(on: boolean) {
        if (on) this.track();
        else this.untrack();
      },
    },
  },
  beforeUnmount() {
    this.untrack();
  },
  methods: {
    track() {
      this.observer = new ResizeObserver(([entry]) => (this.width = entry.contentRect.width));
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
