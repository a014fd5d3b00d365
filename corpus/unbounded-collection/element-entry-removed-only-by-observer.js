// Avatars load their image once they are near the viewport. An avatar removed from the page
// before that stays in `waiting`, element and all.
const waiting = new Set(); // expect: unbounded-collection
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

  load() {
    this.innerHTML = `<img src="${this.getAttribute('src')}" alt="">`;
  }
}

customElements.define('lazy-avatar', LazyAvatar);
