// A service instance created once for the whole process; its Map only grows.
import express from 'express';

class SubscriptionStore {
  private readonly byTopic = new Map<string, string[]>(); // expect: unbounded-collection

  subscribe(topic: string, clientId: string): void {
    const list = this.byTopic.get(topic) ?? [];
    list.push(clientId);
    this.byTopic.set(topic, list);
  }
}

const store = new SubscriptionStore();
const app = express();

app.post('/subscribe/:topic', (req, res) => {
  store.subscribe(req.params.topic, req.body.clientId);
  res.sendStatus(204);
});
