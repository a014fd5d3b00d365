import { defineComponent } from 'vue';
import api from './api';

// The TypeScript form, clearing on every unmount.
export default defineComponent({
  name: 'DeparturesBoard',
  props: { stop: { type: String, required: true } },
  data: function () {
    return { rows: [] as unknown[], live: true, timer: undefined as ReturnType<typeof setInterval> | undefined };
  },
  mounted: function () {
    this.refresh();
    this.timer = setInterval(() => {
      if (this.live) this.refresh();
    }, 10000);
  },
  beforeUnmount: function () {
    clearInterval(this.timer);
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
