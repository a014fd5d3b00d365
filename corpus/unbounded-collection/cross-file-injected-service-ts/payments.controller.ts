// Every payment request records its client-chosen idempotency key, and nothing forgets one.
import { Body, Controller, Headers, Post } from '@nestjs/common';
import { SeenService } from './seen.service';

@Controller('payments')
export class PaymentsController {
  constructor(private readonly seen: SeenService) {}

  @Post()
  create(@Headers('idempotency-key') key: string, @Body() body: { amount: number }) {
    if (!this.seen.remember(key)) return { duplicate: true }; // expect: unbounded-collection
    return { accepted: body.amount };
  }
}
