// The same badge keeps what the helper hands back and calls it when the card goes away.
import { whenCommitted } from './mutations';

export default {
  name: 'CartBadge',
  props: { sku: { type: String, required: true } },
  data() {
    return { pulse: false };
  },
  mounted() {
    this.stopWatching = whenCommitted(this.$store, ['cart/added'], (item) => {
      if (item.sku === this.sku) this.pulse = true;
    });
  },
  beforeUnmount() {
    this.stopWatching();
  },
  template: '<span class="badge" :class="{ pulse }">in cart</span>',
};
