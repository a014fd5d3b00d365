// The same panel, whose teardown removes what the constructor registered; and a class that
// registers with a prototype method (one function for every instance, which EventTarget keeps
// once) next to a settings dialog made once, when the module loads.
import { EventEmitter } from 'node:events';

export const layoutBus = new EventEmitter();

export class ResizablePanel {
  constructor(root) {
    this.root = root;
    this.onResize = () => this.fit();
    this.onRelayout = () => this.fit();
    window.addEventListener('resize', this.onResize);
    layoutBus.on('relayout', this.onRelayout);
  }

  fit() {
    this.root.style.height = `${window.innerHeight - this.root.offsetTop}px`;
  }

  dispose() {
    window.removeEventListener('resize', this.onResize);
    layoutBus.off('relayout', this.onRelayout);
    this.root.remove();
  }
}

class SettingsDialog {
  constructor() {
    window.addEventListener('keydown', (event) => this.onKey(event));
  }

  onKey(event) {
    if (event.key === 'Escape') this.close();
  }

  close() {
    document.querySelector('#settings')?.remove();
  }
}

new SettingsDialog();
