import { Injectable } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import { filter } from 'rxjs/operators';

export interface PriceTick { sku: string; cents: number }

@Injectable()
export class PriceService {
  private readonly ticks = new Subject<PriceTick>();

  publish(tick: PriceTick): void {
    this.ticks.next(tick);
  }

  forSku(sku: string): Observable<PriceTick> {
    return this.ticks.asObservable().pipe(filter((t) => t.sku === sku));
  }
}
