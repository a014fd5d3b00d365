// A popover per click, all sharing one static resize handler: the window keeps one
// registration however many popovers open.
class Popover {
  constructor(trigger, html) {
    this.trigger = trigger;
    this.html = html;
    this.panel = null;
  }

  open() {
    if (this.panel) return;
    this.panel = document.createElement('div');
    this.panel.className = 'popover';
    this.panel.innerHTML = this.html;
    document.body.appendChild(this.panel);
    this.place();
    window.addEventListener('resize', Popover.placeAll);
  }

  close() {
    this.panel?.remove();
    this.panel = null;
  }

  static placeAll() {
    for (const p of document.querySelectorAll('.popover')) p.dataset.stale = '1';
  }

  place() {
    const box = this.trigger.getBoundingClientRect();
    this.panel.style.left = `${box.left}px`;
    this.panel.style.top = `${box.bottom + 4}px`;
  }
}

document.addEventListener('click', (event) => {
  const trigger = event.target.closest('[data-popover]');
  if (!trigger) return;
  const popover = new Popover(trigger, trigger.dataset.popover);
  popover.open();
  trigger.addEventListener('blur', () => popover.close(), { once: true });
});
