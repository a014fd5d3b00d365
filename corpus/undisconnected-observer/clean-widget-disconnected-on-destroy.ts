export class Popover {
  private panel: HTMLDivElement | null = null;
  private readonly resizes: ResizeObserver;

  constructor(private readonly anchor: HTMLElement) {
    this.resizes = new ResizeObserver(() => this.place());
    this.resizes.observe(document.documentElement);
    anchor.addEventListener('click', this.toggle);
  }

  private readonly toggle = () => {
    if (!this.panel) {
      this.panel = document.createElement('div');
      this.panel.className = 'popover';
      document.body.append(this.panel);
    }
    this.panel.hidden = !this.panel.hidden;
    this.place();
  };

  private place(): void {
    if (!this.panel) return;
    const box = this.anchor.getBoundingClientRect();
    this.panel.style.transform = `translate(${box.left}px, ${box.bottom}px)`;
  }

  destroy(): void {
    this.anchor.removeEventListener('click', this.toggle);
    this.resizes.disconnect();
    if (this.panel) {
      this.panel.remove();
      this.panel = null;
    }
  }
}
