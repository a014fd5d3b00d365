// A NestJS controller appends every request body to a module-level audit trail.
import { Body, Controller, Post } from '@nestjs/common';

interface AuditEntry {
  at: number;
  payload: unknown;
}

const auditTrail: AuditEntry[] = []; // expect: unbounded-collection

@Controller('orders')
export class OrdersController {
  @Post()
  create(@Body() order: { id: string }) {
    auditTrail.push({ at: Date.now(), payload: order });
    return { ok: true };
  }
}
