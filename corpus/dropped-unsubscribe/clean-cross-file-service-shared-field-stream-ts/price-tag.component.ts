// The same tag keeps its subscription and ends it when it is destroyed.
import { Component, Input, OnDestroy, OnInit } from '@angular/core';
import { Subscription } from 'rxjs';
import { PricesService } from './prices.service';

@Component({ selector: 'app-price-tag', template: '{{ cents }}' })
export class PriceTagComponent implements OnInit, OnDestroy {
  @Input() sku = '';
  cents = 0;
  private subscription?: Subscription;

  constructor(private readonly prices: PricesService) {}

  ngOnInit(): void {
    this.subscription = this.prices.pricesOf(this.sku).subscribe((p) => (this.cents = p.cents));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }
}
