// An events utility that takes the target first: the full-window mode adds its key handler to
// the document each time it is entered and takes it off, through the same utility, on exit.
import * as Events from './utils/events';

export class Player {
  constructor(root) {
    this.root = root;
    this.onEscape = (event) => {
      if (event.key === 'Escape') this.exitFullWindow();
    };
  }

  enterFullWindow() {
    Events.on(document, 'keydown', this.onEscape);
    document.body.classList.add('full-window');
  }

  exitFullWindow() {
    Events.off(document, 'keydown', this.onEscape);
    document.body.classList.remove('full-window');
  }
}
