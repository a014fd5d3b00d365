// `<slide-show>` advances every few seconds; setting `paused` stops it.
class SlideShow extends HTMLElement {
  static get observedAttributes() {
    return ['paused'];
  }

  connectedCallback() {
    this.index = 0;
    this.timer = setInterval(() => this.next(), 4000);
  }

  attributeChangedCallback(name, _old, value) {
    if (name === 'paused' && value !== null) {
      clearInterval(this.timer);
    }
  }

  disconnectedCallback() {
    clearInterval(this.timer);
  }

  next() {
    const slides = this.querySelectorAll('figure');
    if (!slides.length) return;
    slides[this.index].hidden = true;
    this.index = (this.index + 1) % slides.length;
    slides[this.index].hidden = false;
  }
}

customElements.define('slide-show', SlideShow);
