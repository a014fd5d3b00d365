// A composable's watcher lives in the calling component's effect scope and stops with it;
// the router guard keeps the one watcher it starts and stops it before starting the next.
import { ref, watch, type WatchStopHandle } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';

export const cartCount = ref(0);
const routes = [{ path: '/', component: { template: '<main />' } }];
export const router = createRouter({ history: createWebHistory(), routes });

export function useCartBadge(label: string) {
  const text = ref(label);
  watch(cartCount, (count) => {
    text.value = `${label} (${count})`;
  });
  return text;
}

let stopTitle: WatchStopHandle | undefined;
router.afterEach((to) => {
  stopTitle?.();
  stopTitle = watch(cartCount, (count) => {
    document.title = `${to.name ? String(to.name) : 'Shop'} (${count})`;
  });
});
