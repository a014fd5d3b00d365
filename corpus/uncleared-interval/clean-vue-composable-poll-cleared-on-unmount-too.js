// The same poll, also stopped when the component unmounts.
import { onMounted, onUnmounted, ref } from 'vue';

export function useBuildStatus(fetchBuild) {
  const status = ref('pending');
  let poller = null;

  async function poll() {
    status.value = await fetchBuild();
    if (status.value === 'done' || status.value === 'failed') {
      clearInterval(poller);
      poller = null;
    }
  }

  onMounted(() => {
    poller = setInterval(poll, 3000);
  });
  onUnmounted(() => clearInterval(poller));

  return { status };
}
