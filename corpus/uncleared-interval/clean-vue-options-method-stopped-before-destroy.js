// Live queue depth for the ops dashboard; the panel sits inside <keep-alive> on some pages only.
export default {
  name: 'QueueDepth',
  props: { queue: { type: String, required: true } },
  data() {
    return { depth: null };
  },
  mounted() {
    this.beginSampling();
  },
  activated() {
    this.beginSampling();
  },
  beforeDestroy() {
    this.endSampling();
  },
  deactivated() {
    this.endSampling();
  },
  methods: {
    beginSampling() {
      this.endSampling();
      this.sampler = setInterval(this.sample, 5000);
    },
    endSampling() {
      clearInterval(this.sampler);
      this.sampler = null;
    },
    async sample() {
      const res = await fetch(`/api/queues/${this.queue}/depth`);
      this.depth = res.ok ? (await res.json()).depth : null;
    },
  },
  template: '<span class="depth">{{ depth ?? "–" }}</span>',
};
