// A dropdown closes on any outside click, listening in the capture phase, and removes that
// same capture-phase listener (the options object says so in both calls).
export class Dropdown {
  constructor(root) {
    this.root = root;
    this.onOutsideClick = (event) => {
      if (!this.root.contains(event.target)) this.close();
    };
  }

  open() {
    this.root.classList.add('open');
    document.addEventListener('click', this.onOutsideClick, { capture: true });
  }

  close() {
    this.root.classList.remove('open');
    document.removeEventListener('click', this.onOutsideClick, { capture: true });
  }
}
