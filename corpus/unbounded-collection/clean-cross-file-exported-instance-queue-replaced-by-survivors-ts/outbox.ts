// Failed deliveries wait in a retry queue; each pass keeps only the ones still worth trying
// and replaces the queue with them.
export class Outbox {
  private pending: { url: string; body: string; tries: number }[] = [];

  async send(url: string, body: string): Promise<void> {
    try {
      await fetch(url, { method: 'POST', body });
    } catch {
      this.pending.push({ url, body, tries: 1 });
    }
  }

  async retry(): Promise<void> {
    const survivors: { url: string; body: string; tries: number }[] = [];
    for (const item of this.pending) {
      try {
        await fetch(item.url, { method: 'POST', body: item.body });
      } catch {
        if (++item.tries < 5) survivors.push(item);
      }
    }
    this.pending = survivors;
  }
}

export const outbox = new Outbox();
setInterval(() => void outbox.retry(), 30_000).unref();
