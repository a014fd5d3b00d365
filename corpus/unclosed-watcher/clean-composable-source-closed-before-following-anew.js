import { onScopeDispose, ref, watch } from 'vue';

// Build logs streamed over server-sent events for whichever build is selected.
export function useBuildLog(buildId) {
  const lines = ref([]);
  let stream = null;

  function follow(id) {
    stream?.close();
    const es = new EventSource(`/api/builds/${id}/log`);
    es.addEventListener('line', (event) => {
      lines.value = [...lines.value, event.data];
    });
    stream = es;
  }

  function stop() {
    stream?.close();
    stream = null;
  }

  watch(buildId, (id) => {
    lines.value = [];
    if (id) follow(id);
    else stop();
  }, { immediate: true });

  onScopeDispose(stop);
  return { lines };
}
