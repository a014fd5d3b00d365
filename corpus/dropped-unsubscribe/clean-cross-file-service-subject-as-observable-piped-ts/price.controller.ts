import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { PriceService } from './price.service';

@Controller('prices')
export class PriceController {
  constructor(private readonly prices: PriceService) {}

  @Get(':sku/stream')
  stream(@Param('sku') sku: string, @Res() res: Response): void {
    res.setHeader('Content-Type', 'text/event-stream');
    const sub = this.prices.forSku(sku).subscribe((tick) => res.write(`data: ${JSON.stringify(tick)}\n\n`));
    res.on('close', () => sub.unsubscribe());
  }
}
