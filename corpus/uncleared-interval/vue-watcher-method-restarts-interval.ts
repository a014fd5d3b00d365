import { defineComponent } from 'vue';

// Polls the queue while the panel is expanded. Each time `expanded` turns true again a new
// interval goes into the field, and the one already there keeps polling.
export default defineComponent({
  name: 'QueuePanel',
  props: { expanded: { type: Boolean, default: false } },
  data: () => ({ depth: 0, poller: undefined as ReturnType<typeof setInterval> | undefined }),
  watch: {
    expanded(open: boolean) {
      if (open) this.startPolling();
    },
  },
  unmounted() {
    clearInterval(this.poller);
  },
  methods: {
    startPolling() {
      this.poller = setInterval(async () => { // expect: uncleared-interval
        this.depth = await fetch('/api/queue/depth').then((r) => r.json());
      }, 5000);
    },
  },
});
