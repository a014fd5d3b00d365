// A price tag on every row of a product table: each one asks the root service to call it
// back on rate changes, and nothing can end that when the row is destroyed.
import { Component, Input, OnInit } from '@angular/core';
import { RatesService } from './rates.service';

@Component({ selector: 'app-price-tag', template: '<span>{{ shown }}</span>' })
export class PriceTagComponent implements OnInit {
  @Input() amount = 0;
  @Input() currency = 'EUR';
  shown = '';

  constructor(private readonly rates: RatesService) {}

  ngOnInit(): void {
    this.rates.onRate(this.currency, (rate) => { // expect: dropped-unsubscribe
      this.shown = (this.amount * rate).toFixed(2);
    });
  }
}
