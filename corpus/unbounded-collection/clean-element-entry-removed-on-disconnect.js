// Avatars load their image once they are near the viewport; one removed from the page first
// is forgotten when it disconnects.
const waiting = new Set();
const near = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    entry.target.load();
    waiting.delete(entry.target);
    near.unobserve(entry.target);
  }
}, { rootMargin: '300px' });

class LazyAvatar extends HTMLElement {
  connectedCallback() {
    waiting.add(this);
    near.observe(this);
  }

  disconnectedCallback() {
    waiting.delete(this);
    near.unobserve(this);
  }

  load() {
    this.innerHTML = `<img src="${this.getAttribute('src')}" alt="">`;
  }
}

customElements.define('lazy-avatar', LazyAvatar);
