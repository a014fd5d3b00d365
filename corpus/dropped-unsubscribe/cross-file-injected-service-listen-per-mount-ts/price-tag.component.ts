// Each price tag subscribes on mount and drops the subscription: the service's subject keeps
// every tag ever shown.
import { Component, Input, OnInit } from '@angular/core';
import { LocaleService } from './locale.service';

@Component({ selector: 'app-price-tag', template: '<span>{{ shown }}</span>' })
export class PriceTagComponent implements OnInit {
  @Input() amount = 0;
  shown = '';

  constructor(private readonly locales: LocaleService) {}

  ngOnInit(): void {
    this.locales.listen((locale) => { // expect: dropped-unsubscribe
      this.shown = new Intl.NumberFormat(locale).format(this.amount);
    });
  }
}
