// The same directive keeps both unlisten functions and calls them when it is destroyed.
import { Directive, NgZone, OnDestroy, OnInit, Renderer2 } from '@angular/core';

@Directive({ selector: '[appFitWidth]' })
export class FitWidthDirective implements OnInit, OnDestroy {
  private readonly unlisten: Array<() => void> = [];

  constructor(private readonly renderer: Renderer2, private readonly zone: NgZone) {}

  ngOnInit(): void {
    this.zone.runOutsideAngular(() => {
      this.unlisten.push(this.renderer.listen('window', 'scroll', () => this.measure()));
      this.unlisten.push(this.renderer.listen('window', 'resize', () => this.measure()));
    });
  }

  ngOnDestroy(): void {
    this.unlisten.forEach((stop) => stop());
  }

  private measure(): void {}
}
