// A dropdown closes on any outside click, listening in the capture phase; its teardown
// removes the bubbling-phase listener instead, which was never added.
export class Dropdown {
  private readonly onOutsideClick = (event: MouseEvent) => {
    if (!this.root.contains(event.target as Node)) this.close();
  };

  constructor(private readonly root: HTMLElement) {}

  open(): void {
    this.root.classList.add('open');
    document.addEventListener('click', this.onOutsideClick, true);
  }

  close(): void {
    this.root.classList.remove('open');
    document.removeEventListener('click', this.onOutsideClick); // expect: listener-removal-mismatch
  }
}
