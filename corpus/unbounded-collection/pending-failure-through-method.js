// A long-lived request/reply bridge over a message producer. A failed send is settled by
// `rejectRequest()`, a method that rejects the caller but leaves the entry; only a reply
// deletes it.
class ReplyBridge {
  constructor(producer) {
    this.producer = producer;
    this.inflight = new Map(); // expect: unbounded-collection
    this.sequence = 0;
  }

  request(topic, payload) {
    const id = `${topic}:${++this.sequence}`;
    return new Promise((resolve, reject) => {
      this.inflight.set(id, { resolve, reject });
      this.producer.send({ topic, id, payload }).catch((error) => this.rejectRequest(id, error));
    });
  }

  onReply(message) {
    const pending = this.inflight.get(message.id);
    if (pending === undefined) return;
    this.inflight.delete(message.id);
    pending.resolve(message.payload);
  }

  rejectRequest(id, error) {
    const pending = this.inflight.get(id);
    if (pending !== undefined) pending.reject(error);
  }
}

module.exports = { ReplyBridge };
