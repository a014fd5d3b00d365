// A widget registers a debounced scroll handler and, on destroy, removes a second debounced
// wrapper it makes there: debounce() returns a new function each time, so nothing is removed.
import debounce from 'lodash/debounce';

export class StickyBar {
  constructor(el) {
    this.el = el;
    this.update = () => el.classList.toggle('stuck', window.scrollY > 80);
    window.addEventListener('scroll', debounce(this.update, 50));
  }

  destroy() {
    window.removeEventListener('scroll', debounce(this.update, 50)); // expect: listener-removal-mismatch
  }
}
