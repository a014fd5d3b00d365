// The same sink, in JavaScript: the counter comes off whatever the send does.
class EventSink {
  constructor(kafka, topic) {
    this.topic = topic;
    this.producer = kafka.producer();
  }

  async send(events) {
    let throttled = 0;
    const stopCounting = this.producer.on(this.producer.events.REQUEST_QUEUE_SIZE, () => {
      throttled += 1;
    });
    try {
      const sent = await this.producer.send({ topic: this.topic, messages: events.map((e) => ({ value: JSON.stringify(e) })) });
      return sent.length;
    } finally {
      stopCounting();
      if (throttled) console.warn('throttled %d times', throttled);
    }
  }
}

module.exports = { EventSink };
