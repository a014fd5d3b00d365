// The loop keeps its timer and a flag: the unmount clears the one pending and stops the next.
import { onMounted, onUnmounted, ref } from 'vue';

export function useServiceStatus(url) {
  const status = ref('unknown');
  let timer = null;
  let active = true;

  async function refresh() {
    try {
      const res = await fetch(url);
      if (!res.ok) throw new Error(String(res.status));
      status.value = (await res.json()).status;
    } catch (err) {
      status.value = 'unreachable';
    }
    if (active) timer = setTimeout(refresh, 10000);
  }

  onMounted(() => {
    refresh();
  });
  onUnmounted(() => {
    active = false;
    clearTimeout(timer);
  });

  return { status };
}
