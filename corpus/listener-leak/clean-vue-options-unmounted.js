// The same chart with an unmount hook that removes the listener, and an exported mixin whose
// own end hook removes what its start adds, for every component that mixes it in.
export const SparkChart = {
  name: 'SparkChart',
  props: ['points'],
  data() {
    return { width: 0 };
  },
  mounted() {
    window.addEventListener('resize', this.measure);
    this.measure();
  },
  beforeUnmount() {
    window.removeEventListener('resize', this.measure);
  },
  methods: {
    measure() {
      this.width = this.$el.clientWidth;
    },
  },
  template: '<svg :width="width"></svg>',
};

export const viewportMixin = {
  data() {
    return { narrow: window.innerWidth < 768 };
  },
  created() {
    window.addEventListener('resize', this.onViewport);
  },
  beforeDestroy() {
    window.removeEventListener('resize', this.onViewport);
  },
  methods: {
    onViewport() {
      this.narrow = window.innerWidth < 768;
    },
  },
};
