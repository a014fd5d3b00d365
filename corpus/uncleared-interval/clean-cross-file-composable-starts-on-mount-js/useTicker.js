import { ref, onMounted, onBeforeUnmount } from 'vue';

// A clock for "updated 5 s ago" labels: ticks while the component is mounted.
export function useTicker(everyMs = 1000) {
  const now = ref(Date.now());
  let handle = null;

  function pause() {
    clearInterval(handle);
    handle = null;
  }

  function resume() {
    pause();
    handle = setInterval(() => {
      now.value = Date.now();
    }, everyMs);
  }

  onMounted(resume);
  onBeforeUnmount(() => pause());
  return { now, pause, resume };
}
