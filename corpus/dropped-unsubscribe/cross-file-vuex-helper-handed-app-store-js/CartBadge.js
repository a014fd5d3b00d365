// A badge in every product card: each mount hands the app's one Vuex store to the helper,
// which subscribes and keeps nothing to end it, so removed cards stay subscribed.
import { whenCommitted } from './mutations';

export default {
  name: 'CartBadge',
  props: { sku: { type: String, required: true } },
  data() {
    return { pulse: false };
  },
  mounted() {
    whenCommitted(this.$store, ['cart/added'], (item) => { // expect: dropped-unsubscribe
      if (item.sku === this.sku) this.pulse = true;
    });
  },
  template: '<span class="badge" :class="{ pulse }">in cart</span>',
};
