import { Component, Input, OnDestroy } from '@angular/core';
import { Subscription } from 'rxjs';
import { QuoteStream } from '../market/quote-stream.service';

@Component({ selector: 'app-ticker', template: '<span>{{ last }}</span>' })
export class TickerComponent implements OnDestroy {
  last = 0;
  private quotes?: Subscription;

  constructor(private readonly stream: QuoteStream) {}

  @Input()
  set market(code: string) {
    this.last = 0;
    this.quotes?.unsubscribe();
    this.quotes = this.stream.quotesFor(code).subscribe((q) => {
      this.last = q.price;
    });
  }

  ngOnDestroy(): void {
    this.quotes?.unsubscribe();
  }
}
