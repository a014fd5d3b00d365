// An audit service injected into a checkout service, itself injected into the controller:
// every quote request appends to the audit's array, which the one instance keeps for good.
import { Controller, Get, Injectable, Param } from '@nestjs/common';

@Injectable()
export class AuditService {
  private readonly steps: string[] = []; // expect: unbounded-collection

  add(step: string): void {
    this.steps.push(`${new Date().toISOString()} ${step}`);
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
