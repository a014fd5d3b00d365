// A toggle rendered in every dialog header; it stops following the scheme when it leaves, but
// the disposer it keeps removes from a different list than the one listened on.
import { followColorScheme } from './color-scheme.js';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    this.stopFollowing = followColorScheme((scheme) => { // expect: listener-leak
      this.dataset.scheme = scheme;
    });
  }

  disconnectedCallback() {
    this.stopFollowing?.();
  }
}

customElements.define('theme-toggle', ThemeToggle);
