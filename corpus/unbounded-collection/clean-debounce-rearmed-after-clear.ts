// Per-document save debounce: each edit stops the pending save and arms a new one, whose
// callback removes the entry when it runs.
export class AutoSaver {
  private readonly scheduled = new Map<string, { timer: NodeJS.Timeout; text: string }>();

  constructor(private readonly save: (id: string, text: string) => Promise<void>) {}

  edited(docId: string, text: string): void {
    const entry = this.scheduled.get(docId);
    if (entry) clearTimeout(entry.timer);
    const timer = setTimeout(() => {
      this.scheduled.delete(docId);
      void this.save(docId, text);
    }, 2000);
    this.scheduled.set(docId, { timer, text });
  }
}
