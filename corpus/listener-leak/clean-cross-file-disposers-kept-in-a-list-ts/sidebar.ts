import { bus, on } from './events';

export class Sidebar {
  private offs: Array<() => void> = [];

  constructor(private readonly root: HTMLElement) {}

  mount(): void {
    this.offs.push(
      on(window, 'keydown', (event) => this.onKey(event as KeyboardEvent)),
      on(bus, 'nav:change', (event) => this.highlight((event as CustomEvent<string>).detail)),
    );
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') this.root.classList.remove('open');
  }

  private highlight(id: string): void {
    for (const item of this.root.querySelectorAll<HTMLElement>('[data-id]')) item.classList.toggle('active', item.dataset.id === id);
  }

  unmount(): void {
    this.offs.forEach((off) => off());
    this.offs = [];
  }
}
