// The badge keeps the store's unsubscribe in a field and calls it when it is set; it is always
// set after `mounted()`, so every unmount ends the subscription.
import { cartStore } from '../stores/cart';

export default {
  name: 'CartBadge',
  data() {
    return { count: 0 };
  },
  mounted() {
    this.count = cartStore.count();
    this.stopWatching = cartStore.subscribe(() => {
      this.count = cartStore.count();
    });
  },
  beforeUnmount() {
    if (this.stopWatching) this.stopWatching();
    this.stopWatching = null;
  },
  render() {
    return this.count;
  },
};
