// The chart follows the symbol input; each change subscribes to the new symbol's ticks and
// overwrites the previous subscription, which keeps running until the service goes.
import { Component, Input, OnChanges, OnDestroy } from '@angular/core';
import { Subscription } from 'rxjs';
import { TickService } from './tick.service';

@Component({ selector: 'app-tick-chart', template: '<canvas #c></canvas>' })
export class TickChartComponent implements OnChanges, OnDestroy {
  @Input() symbol = '';
  private ticks?: Subscription;
  points: number[] = [];

  constructor(private readonly feed: TickService) {}

  ngOnChanges(): void {
    this.points = [];
    this.ticks = this.feed.ticks(this.symbol).subscribe((price) => this.points.push(price)); // expect: dropped-unsubscribe
  }

  ngOnDestroy(): void {
    this.ticks?.unsubscribe();
  }
}
