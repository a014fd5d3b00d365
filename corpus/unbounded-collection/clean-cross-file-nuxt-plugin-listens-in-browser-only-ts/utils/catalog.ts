// The process's one message catalog, with listeners told when a locale's table changes.
type Listener = (locale: string, table: Record<string, string>) => void;

class Catalog {
  private readonly listeners: Listener[] = [];

  on(listener: Listener): void {
    this.listeners.push(listener);
  }

  off(listener: Listener): void {
    const at = this.listeners.indexOf(listener);
    if (at >= 0) this.listeners.splice(at, 1);
  }

  update(locale: string, table: Record<string, string>): void {
    for (const listener of this.listeners) listener(locale, table);
  }
}

export const catalog = new Catalog();
