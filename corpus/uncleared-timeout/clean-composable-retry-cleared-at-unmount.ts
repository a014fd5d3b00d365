// The composable clears a pending reconnect and closes its socket at unmount, taking the close
// handler off first so that closing does not schedule another.
import { onBeforeUnmount, ref } from 'vue';

export function useLiveScores(url: string) {
  const scores = ref<Record<string, number>>({});
  let socket: WebSocket | null = null;
  let reconnect: ReturnType<typeof setTimeout> | null = null;

  function open() {
    socket = new WebSocket(url);
    socket.onmessage = (event) => {
      scores.value = { ...scores.value, ...JSON.parse(event.data) };
    };
    socket.onclose = () => {
      reconnect = setTimeout(open, 2000);
    };
  }

  open();
  onBeforeUnmount(() => {
    if (reconnect) clearTimeout(reconnect);
    if (socket) {
      socket.onclose = null;
      socket.close();
    }
  });
  return { scores };
}
