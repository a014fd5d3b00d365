// Each price tag subscribes on init and keeps nothing to unsubscribe with: the service's
// shared stream keeps every tag ever shown.
import { Component, Input, OnInit } from '@angular/core';
import { PricesService } from './prices.service';

@Component({ selector: 'app-price-tag', template: '{{ cents }}' })
export class PriceTagComponent implements OnInit {
  @Input() sku = '';
  cents = 0;

  constructor(private readonly prices: PricesService) {}

  ngOnInit(): void {
    this.prices.pricesOf(this.sku).subscribe((p) => (this.cents = p.cents)); // expect: dropped-unsubscribe
  }
}
