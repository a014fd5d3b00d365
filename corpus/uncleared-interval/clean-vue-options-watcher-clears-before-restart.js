// The same watcher clears the running poll before it starts the next one.
export default {
  name: 'RoomFeed',
  props: { room: { type: String, required: true } },
  data() {
    return { messages: [], poller: null };
  },
  watch: {
    room: {
      immediate: true,
      handler(next) {
        this.messages = [];
        clearInterval(this.poller);
        this.poller = setInterval(() => this.fetch(next), 5000);
      },
    },
  },
  methods: {
    async fetch(room) {
      const res = await fetch(`/api/rooms/${encodeURIComponent(room)}/messages`);
      if (room === this.room) this.messages = await res.json();
    },
  },
  unmounted() {
    clearInterval(this.poller);
  },
};
