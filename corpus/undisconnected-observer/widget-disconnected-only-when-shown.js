export class Popover {
  constructor(anchor) {
    this.anchor = anchor;
    this.panel = null;
    this.resizes = new ResizeObserver(() => this.place()); // expect: undisconnected-observer
    this.resizes.observe(document.documentElement);
    anchor.addEventListener('click', this.toggle);
  }

  toggle = () => {
    if (!this.panel) {
      this.panel = document.createElement('div');
      this.panel.className = 'popover';
      document.body.append(this.panel);
    }
    this.panel.hidden = !this.panel.hidden;
    this.place();
  };

  place() {
    if (!this.panel) return;
    const box = this.anchor.getBoundingClientRect();
    this.panel.style.transform = `translate(${box.left}px, ${box.bottom}px)`;
  }

  destroy() {
    this.anchor.removeEventListener('click', this.toggle);
    if (this.panel) {
      this.resizes.disconnect();
      this.panel.remove();
      this.panel = null;
    }
  }
}
