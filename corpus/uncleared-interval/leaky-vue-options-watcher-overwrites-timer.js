// Each change of `room` starts a new poll and stores it over the last one, which keeps
// running: unmounted() can only clear the latest.
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
        this.poller = setInterval(() => this.fetch(next), 5000); // expect: uncleared-interval
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
