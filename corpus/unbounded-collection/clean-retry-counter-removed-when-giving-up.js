// Webhook deliveries are retried a few times; the attempt count goes on success and when the
// delivery gives up.
const MAX_TRIES = 4;

class WebhookDispatcher {
  constructor(post) {
    this.post = post;
    this.tries = new Map();
  }

  async deliver(event) {
    try {
      await this.post(event.url, event.body);
      this.tries.delete(event.id);
    } catch (err) {
      const tried = (this.tries.get(event.id) || 0) + 1;
      if (tried >= MAX_TRIES) {
        console.error('giving up on webhook', event.id, err.message);
        this.tries.delete(event.id);
      } else {
        this.tries.set(event.id, tried);
        setTimeout(() => this.deliver(event), 1000 * tried);
      }
    }
  }
}

module.exports = { WebhookDispatcher };
