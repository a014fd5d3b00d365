// A popover per click: each one binds its own resize handler and takes it off the window
// when it closes.
class Popover {
  constructor(trigger, html) {
    this.trigger = trigger;
    this.html = html;
    this.panel = null;
    this.place = this.place.bind(this);
  }

  open() {
    if (this.panel) return;
    this.panel = document.createElement('div');
    this.panel.className = 'popover';
    this.panel.innerHTML = this.html;
    document.body.appendChild(this.panel);
    this.place();
    window.addEventListener('resize', this.place);
  }

  close() {
    window.removeEventListener('resize', this.place);
    this.panel?.remove();
    this.panel = null;
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
