// Reads the store's current value by subscribing, then drops the unsubscriber: every call
// leaves one more subscriber on the module's store, with its closure.
import { writable } from 'svelte/store';

export const preferences = writable({ locale: 'en', currency: 'EUR' });

export function currentLocale() {
  let locale = 'en';
  preferences.subscribe((p) => { // expect: dropped-unsubscribe
    locale = p.locale;
  });
  return locale;
}

export function formatPrice(cents) {
  return new Intl.NumberFormat(currentLocale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
