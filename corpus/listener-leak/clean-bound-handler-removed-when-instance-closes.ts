// A popover per click: each one binds its own resize handler and takes it off the window
// when it closes.
class Popover {
  private panel: HTMLDivElement | null;

  constructor(private readonly trigger: HTMLElement, private readonly html: string) {
    this.panel = null;
    this.place = this.place.bind(this);
  }

  open(): void {
    if (this.panel) return;
    this.panel = document.createElement('div');
    this.panel.className = 'popover';
    this.panel.innerHTML = this.html;
    document.body.appendChild(this.panel);
    this.place();
    window.addEventListener('resize', this.place);
  }

  close(): void {
    window.removeEventListener('resize', this.place);
    this.panel?.remove();
    this.panel = null;
  }

  place(): void {
    const box = this.trigger.getBoundingClientRect();
    this.panel!.style.left = `${box.left}px`;
    this.panel!.style.top = `${box.bottom + 4}px`;
  }
}

document.addEventListener('click', (event: MouseEvent) => {
  const trigger = (event.target as HTMLElement).closest<HTMLElement>('[data-popover]');
  if (!trigger) return;
  const popover = new Popover(trigger, trigger.dataset.popover ?? '');
  popover.open();
  trigger.addEventListener('blur', () => popover.close(), { once: true });
});
