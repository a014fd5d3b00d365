// The composable closes its socket at unmount, but a reconnect pending then runs afterwards and
// opens a socket nothing will close, which goes on reconnecting.
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
      reconnect = setTimeout(open, 2000); // expect: uncleared-timeout
    };
  }

  open();
  onBeforeUnmount(() => {
    socket?.close();
  });
  return { scores };
}
