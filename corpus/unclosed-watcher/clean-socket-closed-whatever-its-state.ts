import { onBeforeUnmount, onMounted, shallowRef } from 'vue';

export function useOrderBook(feedUrl: string, market: string) {
  const levels = shallowRef<Array<{ price: number; size: number }>>([]);
  let socket: WebSocket | undefined;

  onMounted(() => {
    const ws = new WebSocket(`${feedUrl}/book/${market}`);
    ws.addEventListener('message', (event: MessageEvent<string>) => {
      levels.value = JSON.parse(event.data);
    });
    socket = ws;
  });

  onBeforeUnmount(() => {
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'bye' }));
    socket?.close();
  });

  return { levels };
}
