const RESIZE = 'resize';

class ChartPanel extends HTMLElement {
  constructor() {
    super();
    this.redraw = () => this.render(window.innerWidth);
  }

  connectedCallback() {
    window.addEventListener(RESIZE, this.redraw);
  }

  disconnectedCallback() {
    window.removeEventListener('resize', this.redraw);
  }

  render(width) {
    this.style.width = `${width / 2}px`;
  }
}

customElements.define('chart-panel', ChartPanel);
