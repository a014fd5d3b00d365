// The same utility, but the exit path forgets the key handler: each time the mode is entered,
// one more handler (and the player it keeps) stays on the document.
import * as Events from './utils/events';

export class Player {
  constructor(root) {
    this.root = root;
  }

  enterFullWindow() {
    Events.on(document, 'keydown', (event) => { // expect: listener-leak
      if (event.key === 'Escape') this.exitFullWindow();
    });
    document.body.classList.add('full-window');
  }

  exitFullWindow() {
    Events.off(document, 'scroll', this.onScroll);
    document.body.classList.remove('full-window');
  }
}
