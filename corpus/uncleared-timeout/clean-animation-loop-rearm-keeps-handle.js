// A marquee that scrolls its strip on every animation frame until paused.
export class Marquee {
  constructor(strip, pxPerSecond = 40) {
    this.strip = strip;
    this.pxPerSecond = pxPerSecond;
    this.shift = 0;
    this.previous = 0;
    this.handle = 0;
    this.step = this.step.bind(this);
  }

  play() {
    this.previous = performance.now();
    this.handle = requestAnimationFrame(this.step);
  }

  step(time) {
    const seconds = (time - this.previous) / 1000;
    this.previous = time;
    this.shift = (this.shift + seconds * this.pxPerSecond) % this.strip.scrollWidth;
    this.strip.style.transform = `translateX(${-this.shift}px)`;
    this.handle = requestAnimationFrame(this.step);
  }

  pause() {
    cancelAnimationFrame(this.handle);
  }
}
