'use strict';
// Topic subscribers per topic name. unsubscribe() notices when a topic has no subscribers
// left, tells the broker, and deletes the topic's entry.
class TopicRegistry {
  constructor(broker) {
    this.broker = broker;
    this.subscribers = new Map();
  }

  subscribe(topic, fn) {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
      this.broker.subscribe(topic);
    }
    set.add(fn);
    return () => this.unsubscribe(topic, fn);
  }

  unsubscribe(topic, fn) {
    const set = this.subscribers.get(topic);
    if (!set) return;
    set.delete(fn);
    if (set.size === 0) {
      this.subscribers.delete(topic);
      this.broker.unsubscribe(topic);
    }
  }

  deliver(topic, msg) {
    const set = this.subscribers.get(topic);
    if (set) for (const fn of set) fn(msg);
  }
}

module.exports = { TopicRegistry };
