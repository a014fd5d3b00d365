// Keeps the document's `--vh` in step with the real viewport height (mobile toolbars), once per page.
let tracking = false;

function trackViewportHeight(): void {
  if (tracking) return;
  tracking = true;
  const update = () => document.documentElement.style.setProperty('--vh', `${window.innerHeight / 100}px`);
  window.addEventListener('resize', update);
  update();
}

export class FullHeightPanel extends HTMLElement {
  connectedCallback(): void {
    trackViewportHeight();
    this.style.height = 'calc(var(--vh, 1vh) * 100)';
  }
}

customElements.define('full-height-panel', FullHeightPanel);
