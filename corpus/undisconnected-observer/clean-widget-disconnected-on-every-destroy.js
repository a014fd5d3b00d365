export class Lightbox {
  constructor(gallery) {
    this.gallery = gallery;
    this.overlay = null;
    this.watcher = new MutationObserver(() => this.refresh());
    this.watcher.observe(document.body, { childList: true, subtree: true });
    this.open = () => {
      this.overlay = this.overlay || document.body.appendChild(document.createElement('div'));
      this.refresh();
    };
    gallery.addEventListener('click', this.open);
  }

  refresh() {
    if (this.overlay) this.overlay.textContent = `${this.gallery.querySelectorAll('img').length} images`;
  }

  destroy() {
    this.gallery.removeEventListener('click', this.open);
    this.watcher.disconnect();
    if (this.overlay) {
      this.overlay.remove();
      this.overlay = null;
    }
  }
}
