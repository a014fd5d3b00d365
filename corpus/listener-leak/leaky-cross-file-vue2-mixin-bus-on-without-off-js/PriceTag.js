import { currencyMixin } from './currency-mixin.js';

export default {
  name: 'PriceTag',
  mixins: [currencyMixin],
  props: { cents: Number },
  template: '<span>{{ (cents / 100).toFixed(2) }} {{ currency }}</span>',
};
