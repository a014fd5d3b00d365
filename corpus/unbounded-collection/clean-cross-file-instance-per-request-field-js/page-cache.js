// A page cache: `remember()` files each rendered page under the key it is given (this copy
// serves one request's fragments, so the instance that holds them dies with the request).
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
