import type { Consumer, Kafka } from 'kafkajs';

export class PartitionWatcher {
  private sampler?: NodeJS.Timeout;
  private partitions: number[] = [];
  private readonly consumer: Consumer;

  constructor(kafka: Kafka, groupId: string, private readonly report: (partitions: number[]) => void) {
    this.consumer = kafka.consumer({ groupId });
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.partitions = Object.values(payload.memberAssignment).flat();
      this.beginSampling();
    });
    this.consumer.on(this.consumer.events.STOP, () => this.endSampling());
  }

  private beginSampling(): void {
    this.endSampling();
    this.sampler = setInterval(() => this.report(this.partitions), 30_000);
  }

  private endSampling(): void {
    clearInterval(this.sampler);
    this.sampler = undefined;
  }
}
