import { ref } from 'vue';
import { createRouter, createWebHashHistory } from 'vue-router';
import { trackLocale } from './tracking';

export const locale = ref('en');
export const router = createRouter({ history: createWebHashHistory(), routes: [] });

router.beforeEach((to) => {
  trackLocale(locale, (event) => navigator.sendBeacon('/events', JSON.stringify({ ...event, page: to.fullPath }))); // expect: dropped-unsubscribe
  return true;
});
