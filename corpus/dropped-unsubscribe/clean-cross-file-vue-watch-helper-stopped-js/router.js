import { ref } from 'vue';
import { createRouter, createWebHashHistory } from 'vue-router';
import { trackLocale } from './tracking';

export const locale = ref('en');
export const router = createRouter({ history: createWebHashHistory(), routes: [] });

let stop = null;
router.beforeEach((to) => {
  if (stop) stop();
  stop = trackLocale(locale, (event) => navigator.sendBeacon('/events', JSON.stringify({ ...event, page: to.fullPath })));
  return true;
});
