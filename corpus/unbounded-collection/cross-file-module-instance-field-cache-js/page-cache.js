// A page cache: `remember()` files each rendered page under the key it is given, and nothing
// in the class ever lets one go.
class PageCache {
  constructor() {
    this.pages = new Map();
  }

  recall(key) {
    return this.pages.get(key);
  }

  remember(key, html) {
    this.pages.set(key, { html, at: Date.now() });
  }
}

module.exports = { PageCache };
