// Reads the store's current value with svelte's get(), which subscribes and unsubscribes at
// once; and once through subscribe, unsubscribing right after the synchronous first call.
import { get, writable } from 'svelte/store';

export const preferences = writable({ locale: 'en', currency: 'EUR' });

export function currentLocale() {
  return get(preferences).locale;
}

export function currentCurrency() {
  let currency = 'EUR';
  const unsubscribe = preferences.subscribe((p) => {
    currency = p.currency;
  });
  unsubscribe();
  return currency;
}
