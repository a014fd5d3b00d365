import { defineComponent } from 'vue';
import api from './api';

// The TypeScript form: `defineComponent` with `function` properties. Cleared only in live mode.
export default defineComponent({
  name: 'DeparturesBoard',
  props: { stop: { type: String, required: true } },
  data: function () {
    return { rows: [] as unknown[], live: true, timer: undefined as ReturnType<typeof setInterval> | undefined };
  },
  mounted: function () {
    this.refresh();
    this.timer = setInterval(() => { // expect: uncleared-interval
      if (this.live) this.refresh();
    }, 10000);
  },
  beforeUnmount: function () {
    if (this.live) {
      clearInterval(this.timer);
    }
  },
  methods: {
    refresh: function (): Promise<void> {
      return api.get(`/stops/${this.stop}/departures`).then((res: { data: unknown[] }) => {
        this.rows = res.data;
      });
    },
    toggle: function (): void {
      this.live = !this.live;
    },
  },
});
