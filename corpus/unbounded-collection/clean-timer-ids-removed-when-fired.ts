// A client keeps the id of every timer it starts so close() can clear them all, and a timer
// takes its own id out when it fires, as cancel() does when it is cleared early.
export class Client {
  private readonly timers = new Set<NodeJS.Timeout>();

  later(fn: () => void, delay: number): NodeJS.Timeout {
    const id: NodeJS.Timeout = setTimeout(() => {
      this.timers.delete(id);
      fn();
    }, delay);
    this.timers.add(id);
    return id;
  }

  cancel(id: NodeJS.Timeout): void {
    clearTimeout(id);
    this.timers.delete(id);
  }

  close(): void {
    for (const id of this.timers) clearTimeout(id);
    this.timers.clear();
  }
}
