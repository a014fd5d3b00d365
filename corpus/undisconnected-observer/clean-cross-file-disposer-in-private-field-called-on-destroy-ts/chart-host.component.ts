import { Component, ElementRef, OnDestroy, OnInit } from '@angular/core';
import { followWidth } from './follow-width';

@Component({ selector: 'chart-host', template: '<canvas></canvas>' })
export class ChartHostComponent implements OnInit, OnDestroy {
  #resizing?: () => void;
  width = 0;

  constructor(private readonly host: ElementRef<HTMLElement>) {}

  ngOnInit(): void {
    this.#resizing = followWidth(this.host.nativeElement, (width) => (this.width = width));
  }

  ngOnDestroy(): void {
    this.#resizing?.();
  }
}
