// The composable stops polling once the build is done, from the poll itself; a component
// that unmounts before that (the user navigates away) leaves the poll running for good.
import { onMounted, ref } from 'vue';

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
    poller = setInterval(poll, 3000); // expect: uncleared-interval
  });

  return { status };
}
