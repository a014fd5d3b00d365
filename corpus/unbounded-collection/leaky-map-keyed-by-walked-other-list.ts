// Remembers the last reading of every sensor a batch mentions.
const lastReading = new Map<string, number>(); // expect: unbounded-collection

export function ingest(batch: Array<{ sensor: string; value: number }>): void {
  for (const { sensor, value } of batch) {
    lastReading.set(sensor, value);
  }
}

process.on('message', (batch: Array<{ sensor: string; value: number }>) => ingest(batch));
