// The chart stops waiting once it has been seen; a chart unmounted before it scrolls into view
// (a tab switched, a list filtered) stays in the tracker with the component in its closure.
import { visibility } from './visibility.js';

export default {
  name: 'LazyChart',
  props: { series: { type: Array, required: true } },
  data() {
    return { drawn: false };
  },
  mounted() {
    visibility.watch(this.$el, (visible) => { // expect: unbounded-collection
      if (!visible) return;
      visibility.unwatch(this.$el);
      this.draw();
    });
  },
  methods: {
    draw() {
      this.drawn = true;
      this.$emit('drawn', this.series.length);
    },
  },
};
