// Widgets that come and go (one per opened panel) register on long-lived objects in their
// constructor; their teardown forgets those registrations, so every closed panel stays
// reachable from `window` and from the module's bus.
import { EventEmitter } from 'node:events';

export const layoutBus = new EventEmitter();

export class ResizablePanel {
  private readonly onResize = () => this.fit();

  constructor(private readonly root: HTMLElement) {
    window.addEventListener('resize', this.onResize); // expect: listener-leak
    layoutBus.on('relayout', () => this.fit()); // expect: listener-leak
  }

  fit(): void {
    this.root.style.height = `${window.innerHeight - this.root.offsetTop}px`;
  }

  dispose(): void {
    this.root.remove();
  }
}
