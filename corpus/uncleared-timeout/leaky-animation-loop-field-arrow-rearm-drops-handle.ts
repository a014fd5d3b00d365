// Spins a progress ring while an upload runs; the ring is reused across uploads.
export class ProgressRing {
  private angle = 0;
  private frame = 0;
  private spinning = false;

  constructor(private readonly ring: SVGElement) {}

  spin(): void {
    this.spinning = true;
    this.frame = requestAnimationFrame(this.turn);
  }

  private turn = (): void => {
    this.angle = (this.angle + 6) % 360;
    this.ring.setAttribute('transform', `rotate(${this.angle} 12 12)`);
    requestAnimationFrame(this.turn); // expect: uncleared-timeout
  };

  halt(): void {
    this.spinning = false;
    cancelAnimationFrame(this.frame);
  }
}
