// A protocol client batches writes: the first write after a flush defers a flush to the next
// tick, and a full buffer flushes at once. The inline flush never cancels the deferred one,
// so a publisher that writes faster than the event loop turns queues one timer per batch.
export class Writer {
  private buffer: Uint8Array[] = [];

  constructor(private socket: { write(chunk: Uint8Array): void }, private limit = 64) {}

  write(chunk: Uint8Array): void {
    const wasEmpty = this.buffer.length === 0;
    this.buffer.push(chunk);
    if (wasEmpty) {
      setTimeout(() => { // expect: uncleared-timeout
        this.flush();
      });
    } else if (this.buffer.length >= this.limit) {
      this.flush();
    }
  }

  flush(): void {
    for (const chunk of this.buffer) this.socket.write(chunk);
    this.buffer = [];
  }
}
