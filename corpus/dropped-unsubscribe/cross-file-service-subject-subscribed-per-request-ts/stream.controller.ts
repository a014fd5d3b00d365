// Every stream request subscribes to the service's events and never unsubscribes: closed
// responses stay subscribed, and reachable, until the app stops.
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EventsService } from './events.service';

@Controller('tenants/:tenantId/events')
export class StreamController {
  constructor(private readonly events: EventsService) {}

  @Get()
  stream(@Param('tenantId') tenantId: string, @Res() res: Response): void {
    res.setHeader('Content-Type', 'text/event-stream');
    this.events.forTenant(tenantId).subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)); // expect: dropped-unsubscribe
  }
}
