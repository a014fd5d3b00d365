// bind() returns a new function on every call, so add and remove never meet.
export class Resizer {
  attach(): void {
    window.addEventListener('resize', this.onResize.bind(this));
  }

  detach(): void {
    window.removeEventListener('resize', this.onResize.bind(this)); // expect: listener-removal-mismatch
  }

  private onResize(): void {}
}
