// An async setup (under <Suspense>): the watcher made after the first await is not stopped
// when the component goes.
import { defineComponent, h, ref, watch } from 'vue';
import { session } from './session';

export default defineComponent({
  async setup() {
    const profile = ref(await (await fetch('/api/profile')).json());
    watch(() => session.userId, async (id) => { // expect: dropped-unsubscribe
      profile.value = await (await fetch(`/api/profile/${id}`)).json();
    });
    return () => h('span', profile.value.name);
  },
});
