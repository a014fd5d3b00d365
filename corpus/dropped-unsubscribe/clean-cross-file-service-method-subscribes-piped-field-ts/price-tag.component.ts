// The same tag keeps the subscription and ends it when the row is destroyed.
import { Component, Input, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { RatesService } from './rates.service';

@Component({ selector: 'app-price-tag', template: '<span>{{ shown }}</span>' })
export class PriceTagComponent implements OnInit, OnDestroy {
  @Input() amount = 0;
  @Input() currency = 'EUR';
  shown = '';
  private rate?: Subscription;

  constructor(private readonly rates: RatesService) {}

  ngOnInit(): void {
    this.rate = this.rates.onRate(this.currency, (rate) => {
      this.shown = (this.amount * rate).toFixed(2);
    });
  }

  ngOnDestroy(): void {
    this.rate?.unsubscribe();
  }
}
