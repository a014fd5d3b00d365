// memoizee without max or maxAge keeps every distinct argument list.
import memoize from 'memoizee';
import memoizeOne from 'lodash/memoize';

export const priceFor = memoize((sku, currency) => lookup(sku, currency), { length: 2 }); // expect: unbounded-cache-config
export const slug = memoizeOne((title) => title.replace(/\s+/g, '-')); // expect: unbounded-cache-config

function lookup(sku, currency) {
  return `${sku}:${currency}`;
}
