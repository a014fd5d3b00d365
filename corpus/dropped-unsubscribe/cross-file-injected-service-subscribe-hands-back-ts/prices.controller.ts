import { Controller, Get, Query } from '@nestjs/common';
import { PricesService } from './prices.service';

@Controller('prices')
export class PricesController {
  private readonly last = new Map<string, number>();

  constructor(private readonly prices: PricesService) {}

  @Get('watch')
  watch(@Query('symbol') symbol: string): string {
    this.prices.subscribe((tick) => { // expect: dropped-unsubscribe
      if (tick.symbol === symbol) this.last.set(symbol, tick.price);
    });
    return 'watching';
  }
}
