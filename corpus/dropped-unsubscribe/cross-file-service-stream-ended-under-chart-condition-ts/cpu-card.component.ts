// A card per host on the fleet page. The subscription is ended only when a chart was drawn,
// so a card destroyed before its first non-empty sample keeps polling for good.
import { Component, Input, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { MetricsService } from './metrics.service';

interface Sparkline { draw(values: number[]): void; dispose(): void; }
declare function sparkline(host: string): Sparkline;

@Component({ selector: 'app-cpu-card', template: '<canvas></canvas>' })
export class CpuCardComponent implements OnInit, OnDestroy {
  @Input() host = '';
  private line?: Sparkline;
  private samples?: Subscription;

  constructor(private readonly metrics: MetricsService) {}

  ngOnInit(): void {
    this.samples = this.metrics.cpu$(this.host).subscribe((values) => { // expect: dropped-unsubscribe
      if (!values.length) return;
      this.line ??= sparkline(this.host);
      this.line.draw(values);
    });
  }

  ngOnDestroy(): void {
    if (this.line) {
      this.line.dispose();
      this.samples?.unsubscribe();
    }
  }
}
