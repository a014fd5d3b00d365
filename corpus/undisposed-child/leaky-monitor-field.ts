// A render service owns an emitter (registered) and a pixel-ratio monitor (not registered). The
// monitor listens on the window; disposing the service leaves it, and the service, behind.
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

export class RenderService extends Disposable {
  private readonly redraw = this.register(new Emitter<void>());
  private monitor = new PixelRatioMonitor(window); // expect: undisposed-child

  constructor() {
    super();
    this.register(this.redraw);
  }
}
