// The process's one message catalog, with listeners told when a locale's table changes.

class Catalog {
  constructor() {
    this.listeners = [];
  }

  on(listener) {
    this.listeners.push(listener);
  }

  off(listener) {
    const at = this.listeners.indexOf(listener);
    if (at >= 0) this.listeners.splice(at, 1);
  }

  update(locale, table) {
    for (const listener of this.listeners) listener(locale, table);
  }
}

export const catalog = new Catalog();
