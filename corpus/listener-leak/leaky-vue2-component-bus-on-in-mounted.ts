// A Vue 2 component that follows the app bus, with no end hook at all.
import Vue from 'vue';
import { bus } from './bus';

export default Vue.extend({
  name: 'OrderBadge',
  data: () => ({ pending: 0 }),
  mounted() {
    bus.$on('orders:pending', this.setPending); // expect: listener-leak
  },
  methods: {
    setPending(count: number) {
      this.pending = count;
    },
  },
  template: '<b>{{ pending }}</b>',
});
