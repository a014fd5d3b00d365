// A chart that redraws on resize, and ends what its base started when it is destroyed.
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

  ngOnDestroy(): void {
    super.ngOnDestroy();
    cancelAnimationFrame(this.frame);
  }

  private draw(width: number): void {
    const canvas = this.host.nativeElement.querySelector("canvas");
    if (canvas) canvas.width = width;
  }
}
