// A toggle rendered in every dialog header; it stops following the scheme when it leaves, but
// A toggle rendered in every dialog header; it stops following the scheme when it leaves.

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    this.stopFollowing = followColorScheme((scheme) => {
      this.dataset.scheme = scheme;
    });
  }

  disconnectedCallback() {
    this.stopFollowing?.();
  }
}

customElements.define('theme-toggle', ThemeToggle);
