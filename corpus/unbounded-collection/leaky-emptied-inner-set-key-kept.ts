// Topic subscribers per topic name. unsubscribe() notices when a topic has no subscribers
// left and tells the broker, but keeps the empty Set under the topic: one key stays for every
// topic ever subscribed.
export class TopicRegistry {
  private readonly subscribers = new Map<string, Set<(msg: unknown) => void>>(); // expect: unbounded-collection

  constructor(private readonly broker: { subscribe(t: string): void; unsubscribe(t: string): void }) {}

  subscribe(topic: string, fn: (msg: unknown) => void): () => void {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
      this.broker.subscribe(topic);
    }
    set.add(fn);
    return () => this.unsubscribe(topic, fn);
  }

  unsubscribe(topic: string, fn: (msg: unknown) => void): void {
    const set = this.subscribers.get(topic);
    if (!set) return;
    set.delete(fn);
    if (set.size === 0) this.broker.unsubscribe(topic);
  }

  deliver(topic: string, msg: unknown): void {
    this.subscribers.get(topic)?.forEach((fn) => fn(msg));
  }
}
