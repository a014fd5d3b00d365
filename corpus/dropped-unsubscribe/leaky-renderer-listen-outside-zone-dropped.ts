// The directive listens outside Angular's zone for speed; the resize unlisten function is
// dropped there, so each directive instance stays referenced from `window`.
import { Directive, NgZone, OnDestroy, OnInit, Renderer2 } from '@angular/core';

@Directive({ selector: '[appFitWidth]' })
export class FitWidthDirective implements OnInit, OnDestroy {
  private unlistenScroll?: () => void;

  constructor(private readonly renderer: Renderer2, private readonly zone: NgZone) {}

  ngOnInit(): void {
    this.zone.runOutsideAngular(() => {
      this.unlistenScroll = this.renderer.listen('window', 'scroll', () => this.measure());
      this.renderer.listen('window', 'resize', () => this.measure()); // expect: dropped-unsubscribe
    });
  }

  ngOnDestroy(): void {
    this.unlistenScroll?.();
  }

  private measure(): void {}
}
