// The same stream keeps its subscription and ends it when the client goes.
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EventsService } from './events.service';

@Controller('tenants/:tenantId/events')
export class StreamController {
  constructor(private readonly events: EventsService) {}

  @Get()
  stream(@Param('tenantId') tenantId: string, @Req() req: Request, @Res() res: Response): void {
    res.setHeader('Content-Type', 'text/event-stream');
    const subscription = this.events.forTenant(tenantId).subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    req.on('close', () => subscription.unsubscribe());
  }
}
