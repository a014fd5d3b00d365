// Counts broker throttling while a batch is sent; the counter comes off the producer only
// when the send succeeds.
import { Kafka, type Producer } from 'kafkajs';

export class EventSink {
  private readonly producer: Producer;

  constructor(kafka: Kafka, private readonly topic: string) {
    this.producer = kafka.producer();
  }

  async send(events: object[]): Promise<number> {
    let throttled = 0;
    const stopCounting = this.producer.on(this.producer.events.REQUEST_QUEUE_SIZE, () => { // expect: listener-leak
      throttled += 1;
    });
    const sent = await this.producer.send({ topic: this.topic, messages: events.map((e) => ({ value: JSON.stringify(e) })) });
    stopCounting();
    if (throttled) console.warn('throttled %d times', throttled);
    return sent.length;
  }
}
