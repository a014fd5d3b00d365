// A poller class and the composable that starts one per component, in one file.
import { onMounted, ref } from 'vue';

class Poller {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly task: () => Promise<void>, private readonly everyMs: number) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.task(), this.everyMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

export function useQueueDepth(queue: string) {
  const depth = ref(0);
  const poller = new Poller(async () => { // expect: uncleared-interval
    depth.value = (await (await fetch(`/api/queues/${queue}`)).json()).depth;
  }, 5000);
  onMounted(() => poller.start());
  return { depth };
}
