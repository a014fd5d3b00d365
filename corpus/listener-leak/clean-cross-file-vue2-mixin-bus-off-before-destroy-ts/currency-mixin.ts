// The same mixin, in TypeScript: its own end hook takes the handler off the bus.
import { bus } from './bus';

export const currencyMixin = {
  data() {
    return { currency: 'EUR' };
  },
  created(this: { onCurrency: (code: string) => void }) {
    bus.$on('currency:changed', this.onCurrency);
  },
  beforeDestroy(this: { onCurrency: (code: string) => void }) {
    bus.$off('currency:changed', this.onCurrency);
  },
  methods: {
    onCurrency(this: { currency: string }, code: string) {
      this.currency = code;
    },
  },
};
