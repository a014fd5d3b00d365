// A slideshow element advances on a timer from the moment it is attached; `pause()` clears
// the timer and `resume()` starts it again. Nothing clears it when the element is removed.
class SlideShow extends HTMLElement {
  connectedCallback() {
    this.index = 0;
    this.start();
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
  }

  resume() {
    if (!this.timer) this.start();
  }

  start() {
    this.timer = setInterval(() => this.advance(), 4000); // expect: uncleared-interval
  }

  advance() {
    const slides = this.querySelectorAll('.slide');
    this.index = (this.index + 1) % slides.length;
    slides.forEach((slide, i) => slide.toggleAttribute('hidden', i !== this.index));
  }
}

customElements.define('slide-show', SlideShow);
