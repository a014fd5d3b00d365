// The same mixin, in TypeScript: it keeps the bound copies and removes exactly those.
type Handler = (...args: unknown[]) => void;
interface Host {
  $options: { socketEvents?: Record<string, Handler> };
  $socket: { on(e: string, f: Handler): void; off(e: string, f: Handler): void };
  bound?: Array<[string, Handler]>;
}

export const socketEvents = {
  created(this: Host) {
    this.bound = Object.entries(this.$options.socketEvents || {}).map(([event, handler]) => [event, handler.bind(this)]);
    for (const [event, fn] of this.bound) this.$socket.on(event, fn);
  },
  beforeDestroy(this: Host) {
    for (const [event, fn] of this.bound || []) this.$socket.off(event, fn);
    this.bound = [];
  },
};
