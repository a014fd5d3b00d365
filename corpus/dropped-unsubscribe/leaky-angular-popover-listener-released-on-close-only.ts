import { Component, ElementRef, OnDestroy, Renderer2 } from '@angular/core';

@Component({ selector: 'app-popover', template: '<ng-content></ng-content>' })
export class PopoverComponent implements OnDestroy {
  shown = false;
  private stopOutside?: () => void;

  constructor(private readonly host: ElementRef<HTMLElement>, private readonly renderer: Renderer2) {}

  show(): void {
    this.shown = true;
    this.stopOutside = this.renderer.listen('document', 'click', (event: MouseEvent) => { // expect: dropped-unsubscribe
      if (!this.host.nativeElement.contains(event.target as Node)) this.hide();
    });
  }

  hide(): void {
    this.shown = false;
    this.stopOutside?.();
    this.stopOutside = undefined;
  }

  ngOnDestroy(): void {
    this.shown = false;
  }
}
