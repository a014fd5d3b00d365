// Every call starts another MutationObserver on the same node.
export function highlightChanges(node: HTMLElement): void {
  new MutationObserver(() => node.classList.add('changed')).observe(node, { childList: true }); // expect: undisconnected-observer
}

export class LazyImages {
  private observer?: IntersectionObserver;

  watch(images: HTMLImageElement[]): void {
    this.observer = new IntersectionObserver((entries) => entries.forEach((e) => e.target.setAttribute('data-seen', '1'))); // expect: undisconnected-observer
    images.forEach((img) => this.observer!.observe(img));
  }
}
