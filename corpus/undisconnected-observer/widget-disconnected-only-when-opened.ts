export class Lightbox {
  private overlay: HTMLDivElement | null = null;
  private readonly watcher: MutationObserver;

  constructor(private readonly gallery: HTMLElement) {
    this.watcher = new MutationObserver(() => this.refresh()); // expect: undisconnected-observer
    this.watcher.observe(document.body, { childList: true, subtree: true });
    gallery.addEventListener('click', this.open);
  }

  private readonly open = () => {
    this.overlay ??= document.body.appendChild(document.createElement('div'));
    this.refresh();
  };

  private refresh(): void {
    if (this.overlay) this.overlay.textContent = `${this.gallery.querySelectorAll('img').length} images`;
  }

  destroy(): void {
    this.gallery.removeEventListener('click', this.open);
    if (this.overlay) {
      this.watcher.disconnect();
      this.overlay.remove();
      this.overlay = null;
    }
  }
}
