// `<svg-badge src="/badges/new.svg">`: fetched once per URL for the whole page.
const badgeCache = new Map<string, Promise<string>>();

export class SvgBadge extends HTMLElement {
  static observedAttributes = ['src'];

  connectedCallback(): void {
    void this.load();
  }

  attributeChangedCallback(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    const url = this.getAttribute('src');
    if (!url) return;
    let pending = badgeCache.get(url);
    if (!pending) {
      pending = fetch(url).then((res) => (res.ok ? res.text() : Promise.reject(new Error(String(res.status)))));
      badgeCache.set(url, pending);
    }
    try {
      this.innerHTML = await pending;
    } catch {
      badgeCache.delete(url);
      this.textContent = '';
    }
  }
}

customElements.define('svg-badge', SvgBadge);
