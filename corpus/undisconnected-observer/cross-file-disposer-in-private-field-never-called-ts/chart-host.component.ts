import { Component, ElementRef, OnDestroy, OnInit } from '@angular/core';
import { followWidth } from './follow-width';

// Created for every chart on every page; the function that would end its observer is kept in a
// private field but only forgotten when the component goes.
@Component({ selector: 'chart-host', template: '<canvas></canvas>' })
export class ChartHostComponent implements OnInit, OnDestroy {
  #resizing?: () => void;
  width = 0;

  constructor(private readonly host: ElementRef<HTMLElement>) {}

  ngOnInit(): void {
    this.#resizing = followWidth(this.host.nativeElement, (width) => (this.width = width)); // expect: undisconnected-observer
  }

  ngOnDestroy(): void {
    this.#resizing = undefined;
  }
}
