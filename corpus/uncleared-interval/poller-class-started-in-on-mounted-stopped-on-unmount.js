// The same poller and composable, in JavaScript: the component's end stops it.
import { onMounted, onUnmounted, ref } from 'vue';

class Poller {
  constructor(task, everyMs) {
    this.task = task;
    this.everyMs = everyMs;
    this.timer = undefined;
  }

  start() {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.task(), this.everyMs);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

export function useQueueDepth(queue) {
  const depth = ref(0);
  const poller = new Poller(async () => {
    depth.value = (await (await fetch(`/api/queues/${queue}`)).json()).depth;
  }, 5000);
  onMounted(() => poller.start());
  onUnmounted(() => poller.stop());
  return { depth };
}
