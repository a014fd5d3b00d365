import axios from 'axios';

// Polls an export job until the file is ready, then shows the download link.
export default {
  name: 'ExportProgress',
  props: { jobId: { type: String, required: true } },
  data() {
    return { state: 'queued', url: null };
  },
  mounted() {
    this.check();
  },
  beforeUnmount() {
    this.closed = true;
    clearTimeout(this.pending);
  },
  methods: {
    async check() {
      const { data } = await axios.get(`/api/exports/${this.jobId}`);
      this.state = data.state;
      this.url = data.url ?? null;
      if (!this.closed && data.state !== 'done' && data.state !== 'failed') {
        this.pending = setTimeout(() => this.check(), 3000);
      }
    },
  },
};
