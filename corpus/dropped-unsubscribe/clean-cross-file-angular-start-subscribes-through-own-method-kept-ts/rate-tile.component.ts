import { Component, Input, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { Rate, RatesService } from './rates.service';

@Component({ selector: 'app-rate-tile', template: '<span>{{ rate?.mid }}</span>' })
export class RateTileComponent implements OnInit, OnDestroy {
  @Input() pair = 'EURUSD';
  rate: Rate | null = null;
  private subscription?: Subscription;

  constructor(private readonly rates: RatesService) {}

  ngOnInit(): void {
    this.follow();
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private follow(): void {
    this.subscription = this.rates.watch(this.pair).subscribe((rate) => {
      this.rate = rate;
    });
  }
}
