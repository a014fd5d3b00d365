// A chart that redraws on resize. Its ngOnDestroy replaces the base's and never calls it, so
// each chart destroyed (every tab switch) stays observed, with the component behind it.
import { Component, ElementRef, Input } from "@angular/core";
import { Resizable } from "./resizable";

@Component({ selector: "app-chart", template: "<canvas></canvas>" })
export class ChartComponent extends Resizable {
  @Input() series: number[] = [];
  private frame = 0;

  constructor(host: ElementRef<HTMLElement>) {
    super(host);
  }

  protected resized(width: number): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw(width));
  }

  ngOnDestroy(): void { // expect: undisconnected-observer
    cancelAnimationFrame(this.frame);
  }

  private draw(width: number): void {
    const canvas = this.host.nativeElement.querySelector("canvas");
    if (canvas) canvas.width = width;
  }
}
