// The same manager deletes the entry when the subscription ends.
class SubscriptionManager {
  constructor(pubsub) {
    this.pubsub = pubsub;
    this.subscriptions = {};
    this.maxSubscriptionId = 0;
  }

  subscribe(topic, onMessage) {
    const subId = this.maxSubscriptionId++;
    this.subscriptions[subId] = { topic, handle: this.pubsub.subscribe(topic, onMessage) };
    return subId;
  }

  unsubscribe(subId) {
    const entry = this.subscriptions[subId];
    if (!entry) return;
    this.pubsub.unsubscribe(entry.handle);
    delete this.subscriptions[subId];
  }
}

module.exports = { SubscriptionManager };
