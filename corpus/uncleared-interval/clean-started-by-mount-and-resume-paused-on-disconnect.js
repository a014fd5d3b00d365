// A slideshow element advances on a timer from the moment it is attached; `pause()` clears
// the timer, `resume()` starts it again, and removing the element pauses it.
class SlideShow extends HTMLElement {
  connectedCallback() {
    this.index = 0;
    this.start();
  }

  disconnectedCallback() {
    this.pause();
  }

  pause() {
    clearInterval(this.timer);
    this.timer = null;
  }

  resume() {
    if (!this.timer) this.start();
  }

  start() {
    this.timer = setInterval(() => this.advance(), 4000);
  }

  advance() {
    const slides = this.querySelectorAll('.slide');
    this.index = (this.index + 1) % slides.length;
    slides.forEach((slide, i) => slide.toggleAttribute('hidden', i !== this.index));
  }
}

customElements.define('slide-show', SlideShow);
