// A router guard that starts a Vue watcher on every navigation. Outside a component's setup no
// effect scope stops it, and the stop handle is dropped: one more watcher per page view.
import { ref, watch } from 'vue';
import { createRouter, createWebHistory } from 'vue-router';

export const cartCount = ref(0);
const routes = [{ path: '/', component: { template: '<main />' } }];
export const router = createRouter({ history: createWebHistory(), routes });

router.afterEach((to) => {
  watch(cartCount, (count) => { // expect: dropped-unsubscribe
    document.title = `${to.name ? String(to.name) : 'Shop'} (${count})`;
  });
});
