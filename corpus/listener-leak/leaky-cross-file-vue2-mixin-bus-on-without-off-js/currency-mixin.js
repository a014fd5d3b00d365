// Lends any component the shop's current currency, kept in step by the bus.
import { bus } from './bus.js';

export const currencyMixin = {
  data() {
    return { currency: 'EUR' };
  },
  created() {
    bus.$on('currency:changed', this.onCurrency); // expect: listener-leak
  },
  methods: {
    onCurrency(code) {
      this.currency = code;
    },
  },
};
