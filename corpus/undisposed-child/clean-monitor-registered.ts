// The same service registers its monitor, so disposing the service disposes it; a plain helper
// object (not disposable) needs nothing.
import { Disposable, Emitter } from './lifecycle';

class PixelRatioMonitor extends Disposable {
  private readonly onChange = () => this.changed.fire(window.devicePixelRatio);
  readonly changed = this.register(new Emitter<number>());

  constructor(private win: Window) {
    super();
    win.addEventListener('resize', this.onChange);
    this.register({ dispose: () => win.removeEventListener('resize', this.onChange) });
  }
}

class Palette {
  colors = ['#000', '#fff'];
}

export class RenderService extends Disposable {
  private monitor = this.register(new PixelRatioMonitor(window));
  private palette = new Palette();
}
