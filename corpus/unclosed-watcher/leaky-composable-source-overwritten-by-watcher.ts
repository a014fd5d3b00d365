import { onScopeDispose, ref, watch, type Ref } from 'vue';

// Notifications for the selected workspace, pushed over server-sent events.
export function useWorkspaceEvents(workspaceId: Ref<string | null>) {
  const events = ref<string[]>([]);
  let channel: EventSource | null = null;

  function listen(id: string): void {
    const source = new EventSource(`/api/workspaces/${id}/events`); // expect: unclosed-watcher
    source.onmessage = (event) => {
      events.value = [...events.value.slice(-49), event.data];
    };
    channel = source;
  }

  function stop(): void {
    channel?.close();
    channel = null;
  }

  watch(workspaceId, (id) => (id ? listen(id) : stop()), { immediate: true });
  onScopeDispose(stop);
  return { events };
}
