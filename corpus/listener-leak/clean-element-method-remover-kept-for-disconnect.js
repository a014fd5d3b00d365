// The method connectedCallback() calls returns a function that removes its listener; the
// element keeps it and calls it in disconnectedCallback(), once per insertion.
class ThemeBadge extends HTMLElement {
  connectedCallback() {
    this.stopWatching = this.watchTheme();
  }

  disconnectedCallback() {
    if (this.stopWatching) this.stopWatching();
  }

  watchTheme() {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = (event) => {
      this.dataset.theme = event.matches ? 'dark' : 'light';
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }
}

customElements.define('theme-badge', ThemeBadge);
