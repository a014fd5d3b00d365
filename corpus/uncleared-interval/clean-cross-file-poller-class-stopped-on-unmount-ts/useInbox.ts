import { onMounted, onUnmounted, ref } from 'vue';
import { Poller } from './poller';

export function useInbox(userId: string) {
  const unread = ref(0);
  const poller = new Poller(async () => {
    unread.value = (await (await fetch(`/api/inbox/${userId}/unread`)).json()).count;
  }, 10_000);
  onMounted(() => poller.start());
  onUnmounted(() => poller.stop());
  return { unread };
}
