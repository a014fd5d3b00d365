// A mixin that wires a component's `socketEvents` option to the app's socket: it adds bound
// copies and removes the originals, which were never added.
export const socketEvents = {
  created() {
    for (const [event, handler] of Object.entries(this.$options.socketEvents || {})) {
      this.$socket.on(event, handler.bind(this)); // expect: listener-leak
    }
  },
  beforeDestroy() {
    for (const [event, handler] of Object.entries(this.$options.socketEvents || {})) {
      this.$socket.off(event, handler);
    }
  },
};
