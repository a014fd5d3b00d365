// The chart stops waiting once it has been seen, and also when it is unmounted first.
import { visibility } from './visibility.js';

export default {
  name: 'LazyChart',
  props: { series: { type: Array, required: true } },
  data() {
    return { drawn: false };
  },
  mounted() {
    visibility.watch(this.$el, (visible) => {
      if (!visible) return;
      visibility.unwatch(this.$el);
      this.draw();
    });
  },
  beforeUnmount() {
    visibility.unwatch(this.$el);
  },
  methods: {
    draw() {
      this.drawn = true;
      this.$emit('drawn', this.series.length);
    },
  },
};
