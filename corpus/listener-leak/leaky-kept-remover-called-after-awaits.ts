// Each batch listens for the consumer's heartbeats and removes its listener after the loop; a
// batch whose handler throws never gets there, and the long-lived consumer keeps the listener.
import { Kafka, type EachBatchPayload } from 'kafkajs';

const consumer = new Kafka({ brokers: ['kafka:9092'] }).consumer({ groupId: 'audit' });

async function auditBatch({ batch, resolveOffset }: EachBatchPayload): Promise<void> {
  let beats = 0;
  const removeListener = consumer.on(consumer.events.HEARTBEAT, () => { beats += 1; }); // expect: listener-leak
  for (const message of batch.messages) {
    await persist(message.value);
    resolveOffset(message.offset);
  }
  removeListener();
  console.debug(`batch done after ${beats} heartbeats`);
}

declare function persist(value: Buffer | null): Promise<void>;

export async function startAudit(): Promise<void> {
  await consumer.connect();
  await consumer.run({ eachBatch: auditBatch });
}
