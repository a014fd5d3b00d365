import { Component, Input, OnInit } from '@angular/core';
import { Rate, RatesService } from './rates.service';

@Component({ selector: 'app-rate-tile', template: '<span>{{ rate?.mid }}</span>' })
export class RateTileComponent implements OnInit {
  @Input() pair = 'EURUSD';
  rate: Rate | null = null;

  constructor(private readonly rates: RatesService) {}

  ngOnInit(): void {
    this.follow(); // expect: dropped-unsubscribe
  }

  private follow(): void {
    this.rates.watch(this.pair).subscribe((rate) => {
      this.rate = rate;
    });
  }
}
