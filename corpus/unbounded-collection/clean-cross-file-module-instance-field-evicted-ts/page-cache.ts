// A bounded page cache: past its capacity it drops the oldest page.
export class PageCache {
  private pages = new Map<string, string>();

  constructor(private readonly capacity = 500) {}

  recall(key: string): string | undefined {
    return this.pages.get(key);
  }

  remember(key: string, html: string): void {
    this.pages.set(key, html);
    if (this.pages.size > this.capacity) {
      const oldest = this.pages.keys().next().value;
      if (oldest !== undefined) this.pages.delete(oldest);
    }
  }
}
