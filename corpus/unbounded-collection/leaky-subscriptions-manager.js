// A subscription manager hands out ids from a counter and files each subscription under it;
// unsubscribe() stops the stream but leaves the entry behind.
class SubscriptionManager {
  constructor(pubsub) {
    this.pubsub = pubsub;
    this.subscriptions = {}; // expect: unbounded-collection
    this.maxSubscriptionId = 0;
  }

  subscribe(topic, onMessage) {
    const subId = this.maxSubscriptionId++;
    this.subscriptions[subId] = { topic, handle: this.pubsub.subscribe(topic, onMessage) };
    return subId;
  }

  unsubscribe(subId) {
    const entry = this.subscriptions[subId];
    if (entry) this.pubsub.unsubscribe(entry.handle);
  }
}

module.exports = { SubscriptionManager };
