// A chart that follows its container's size while `live` is on. Switching `live` off and on
// again makes a new observer over the field without disconnecting the one there.
export default {
  name: 'LiveChart',
  props: { live: { type: Boolean, default: true } },
  watch: {
    live: {
      immediate: true,
      handler(on) {
        if (on) this.follow();
      },
    },
  },
  beforeDestroy() {
    this.unfollow();
  },
  methods: {
    follow() {
      this.observer = new ResizeObserver(() => this.redraw()); // expect: undisconnected-observer
      this.observer.observe(this.$el.parentElement);
    },
    unfollow() {
      if (this.observer) this.observer.disconnect();
      this.observer = null;
    },
    redraw() {
      this.$emit('resize', this.$el.parentElement.clientWidth);
    },
  },
};
