// The worker makes one consumer per configured queue when it boots: a fixed handful, once.
import { QueueConsumer } from "./consumer";

const QUEUES = (process.env.QUEUES ?? "mail,billing,audit").split(",");

export async function boot(): Promise<QueueConsumer[]> {
  const consumers: QueueConsumer[] = [];
  for (const queue of QUEUES) {
    const consumer = new QueueConsumer(queue);
    consumers.push(consumer);
  }
  return consumers;
}

void boot();
