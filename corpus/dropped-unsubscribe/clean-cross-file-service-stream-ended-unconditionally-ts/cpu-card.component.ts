// The same card ends the subscription whether or not a chart was drawn.
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
    this.samples = this.metrics.cpu$(this.host).subscribe((values) => {
      if (!values.length) return;
      this.line ??= sparkline(this.host);
      this.line.draw(values);
    });
  }

  ngOnDestroy(): void {
    this.samples?.unsubscribe();
    if (this.line) {
      this.line.dispose();
    }
  }
}
