// A Vue chart component resizes with the window. It adds the listener when mounted and has no
// unmount hook: each chart created by a list or a route keeps its instance on the window.
export default {
  name: 'SparkChart',
  props: ['points'],
  data() {
    return { width: 0 };
  },
  mounted() {
    window.addEventListener('resize', this.measure); // expect: listener-leak
    this.measure();
  },
  methods: {
    measure() {
      this.width = this.$el.clientWidth;
    },
  },
  template: '<svg :width="width"></svg>',
};
