import { bus, on } from './events.js';

export class Sidebar {
  constructor(root) {
    this.root = root;
    this.off = null;
  }

  mount() {
    this.off = on(window, 'keydown', (event) => this.onKey(event)); // expect: listener-leak
    this.off = on(bus, 'nav:change', (event) => this.highlight(event.detail));
  }

  onKey(event) {
    if (event.key === 'Escape') this.root.classList.remove('open');
  }

  highlight(id) {
    for (const item of this.root.querySelectorAll('[data-id]')) item.classList.toggle('active', item.dataset.id === id);
  }

  unmount() {
    this.off?.();
    this.off = null;
  }
}
