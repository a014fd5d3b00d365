// A chart that follows its container's size while `live` is on; switching `live` off
// disconnects the observer before it can be made again.
export default {
  name: 'LiveChart',
  props: { live: { type: Boolean, default: true } },
  watch: {
    live: {
      immediate: true,
      handler(on) {
        if (on) this.follow();
        else this.unfollow();
      },
    },
  },
  beforeDestroy() {
    this.unfollow();
  },
  methods: {
    follow() {
      this.observer = new ResizeObserver(() => this.redraw());
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
