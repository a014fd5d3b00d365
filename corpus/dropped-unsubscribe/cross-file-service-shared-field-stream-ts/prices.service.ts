// One shared upstream for the whole app: the service's stream is multicast with share().
import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { webSocket } from 'rxjs/webSocket';
import { filter, share } from 'rxjs/operators';

export interface Price {
  sku: string;
  cents: number;
}

@Injectable({ providedIn: 'root' })
export class PricesService {
  private readonly prices$: Observable<Price> = webSocket<Price>('wss://prices.example.com').pipe(share());

  pricesOf(sku: string): Observable<Price> {
    return this.prices$.pipe(filter((p) => p.sku === sku));
  }
}
