// The same chain, with the audit keeping only the last hundred steps.
import { Controller, Get, Injectable, Param } from '@nestjs/common';

@Injectable()
export class AuditService {
  private readonly steps: string[] = [];

  add(step: string): void {
    this.steps.push(`${new Date().toISOString()} ${step}`);
    if (this.steps.length > 100) this.steps.shift();
  }
}

@Injectable()
export class CheckoutService {
  constructor(private readonly audit: AuditService) {}

  quote(cartId: string) {
    this.audit.add(`quote ${cartId}`);
    return { cartId, total: cartId.length * 10 };
  }
}

@Controller('checkout')
export class CheckoutController {
  constructor(private readonly checkout: CheckoutService) {}

  @Get(':cartId/quote')
  quote(@Param('cartId') cartId: string) {
    return this.checkout.quote(cartId);
  }
}
